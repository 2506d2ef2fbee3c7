using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>
/// One version of a case's trusted assessment. A revision after a challenge is a new
/// version; earlier versions stay, so the journal and the rows tell the same story.
/// </summary>
public sealed class AssessmentRecord
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public int Version { get; set; }
    public required string AssessorId { get; set; }
    public required string Discipline { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string FormJson { get; set; }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<AssessmentRecord>
{
    public void Configure(EntityTypeBuilder<AssessmentRecord> builder)
    {
        builder.ToTable("assessments");
        builder.HasIndex(a => new { a.CaseId, a.Version }).IsUnique();
    }
}
