using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pathway.Measures.Rollup;

namespace Pathway.Measures.Storage;

/// <summary>
/// The summed tallies of the cases referred in one month with the same locality, team, source,
/// need and standard. A few thousand cells stand for a year of a large locality, so the
/// dashboard sums cells instead of reading every case.
/// </summary>
public sealed class RollupCellRecord
{
    public int Month { get; set; }
    public string Locality { get; set; } = "";
    public string Team { get; set; } = "";
    public string Source { get; set; } = "";
    public string Need { get; set; } = "";
    public string Standard { get; set; } = "";

    /// <summary>A serialised <see cref="MeasureTally"/>.</summary>
    public byte[] Tally { get; set; } = [];

    public RollupKey Key => new(Month, Locality, Team, Source, Need, Standard);
}

internal sealed class RollupCellConfiguration : IEntityTypeConfiguration<RollupCellRecord>
{
    public void Configure(EntityTypeBuilder<RollupCellRecord> builder)
    {
        builder.ToTable("measure_rollup");
        // Locality and month lead: the dashboard reads a locality (or all) over a range of months.
        builder.HasKey(c => new { c.Locality, c.Month, c.Team, c.Source, c.Need, c.Standard });
        builder.HasIndex(c => c.Month);
        builder.Ignore(c => c.Key);
    }
}
