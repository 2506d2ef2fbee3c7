using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pathway.Engine.Runtime;

namespace Pathway.Runtime.Storage;

/// <summary>
/// A case: its pathway version and its engine state as one JSON document, with a version
/// the runtime increments so two commands racing on one case cannot both win.
/// </summary>
public sealed class CaseRecord
{
    public Guid Id { get; set; }
    public long PathwayDefinitionId { get; set; }
    public required string Locality { get; set; }
    public CaseStatus Status { get; set; }
    public required string StateJson { get; set; }
    public bool HasIncidents { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>How many journal lines the case has: the next line's sequence number.</summary>
    public int JournalLength { get; set; }

    public long Revision { get; set; }

    /// <summary>The case whose call activity started this one, and that activity's bookmark; null for a case started on its own.</summary>
    public Guid? ParentCaseId { get; set; }
    public string? ParentBookmarkId { get; set; }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("cases");
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.Property(c => c.Status).HasConversion<string>();
        builder.HasIndex(c => new { c.Locality, c.Status });
        builder.HasIndex(c => new { c.ParentCaseId, c.ParentBookmarkId });
    }
}
