using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pathway.Runtime.Definitions;

namespace Pathway.Runtime.Storage;

/// <summary>
/// An impact report kept with the draft it was run against: the draft's row and its content
/// hash at the time, so the page shows it again only while the draft still reads the same, and a
/// publish can record the report it was shown.
/// </summary>
public sealed class ImpactReportRecord
{
    public long Id { get; set; }
    public long DefinitionId { get; set; }
    public DefinitionKind Kind { get; set; }
    public required string Key { get; set; }
    public required string Locality { get; set; }
    public int Version { get; set; }
    public required string ContentHash { get; set; }

    /// <summary>How many days of past referrals were replayed, up to <see cref="RanAt"/>.</summary>
    public int Days { get; set; }

    public DateTimeOffset RanAt { get; set; }
    public required string RanBy { get; set; }
    public int Cases { get; set; }
    public int Changed { get; set; }

    /// <summary>The whole report as JSON, example case ids included; callers who may not see people get it without them.</summary>
    public required string ReportJson { get; set; }
}

internal sealed class ImpactReportConfiguration : IEntityTypeConfiguration<ImpactReportRecord>
{
    public void Configure(EntityTypeBuilder<ImpactReportRecord> builder)
    {
        builder.ToTable("impact_reports");
        builder.Property(r => r.Kind).HasConversion<string>();
        builder.HasIndex(r => new { r.DefinitionId, r.ContentHash });
    }
}
