using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>A handover to a receiving service; its status uses FHIR Task words (requested, accepted, rejected).</summary>
public sealed class HandoverRecord
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public required string ReceivingService { get; set; }
    public required string Summary { get; set; }
    public required string Status { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string? RespondedBy { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
    public string? DeclineReason { get; set; }
}

internal sealed class HandoverConfiguration : IEntityTypeConfiguration<HandoverRecord>
{
    public void Configure(EntityTypeBuilder<HandoverRecord> builder)
    {
        builder.ToTable("handovers");
        builder.HasIndex(h => new { h.CaseId, h.Status });
    }
}
