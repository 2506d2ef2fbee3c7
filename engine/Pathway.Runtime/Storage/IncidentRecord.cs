using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>An incident as a row, so open incidents across all cases are one query.</summary>
public sealed class IncidentRecord
{
    public Guid CaseId { get; set; }
    public required string IncidentId { get; set; }
    public required string NodeId { get; set; }
    public required string Code { get; set; }
    public required string Message { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.ToTable("incidents");
        builder.HasKey(i => new { i.CaseId, i.IncidentId });
        builder.HasIndex(i => i.ResolvedAt);
    }
}
