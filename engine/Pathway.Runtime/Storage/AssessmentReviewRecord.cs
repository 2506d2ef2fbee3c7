using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>Another discipline's verdict on an assessment version: accepted, or challenged with a reason.</summary>
public sealed class AssessmentReviewRecord
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public int AssessmentVersion { get; set; }
    public bool Accepted { get; set; }
    public string? Reason { get; set; }
    public required string ReviewerId { get; set; }
    public required string Discipline { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The ad-hoc task a challenge opened for the assessor's revision.</summary>
    public long? RevisionTaskId { get; set; }
}

internal sealed class AssessmentReviewConfiguration : IEntityTypeConfiguration<AssessmentReviewRecord>
{
    public void Configure(EntityTypeBuilder<AssessmentReviewRecord> builder)
    {
        builder.ToTable("assessment_reviews");
        builder.HasIndex(r => new { r.CaseId, r.AssessmentVersion });
    }
}
