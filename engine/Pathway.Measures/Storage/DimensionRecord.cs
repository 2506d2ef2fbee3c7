using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Measures.Storage;

/// <summary>A value a dashboard filter can take (a team, a referral source...), kept as the projection meets it.</summary>
public sealed class DimensionRecord
{
    public const string Locality = "locality";
    public const string Team = "team";
    public const string Source = "source";
    public const string Need = "need";

    public required string Dimension { get; set; }
    public required string Value { get; set; }
}

internal sealed class DimensionConfiguration : IEntityTypeConfiguration<DimensionRecord>
{
    public void Configure(EntityTypeBuilder<DimensionRecord> builder)
    {
        builder.ToTable("measure_dimensions");
        builder.HasKey(d => new { d.Dimension, d.Value });
    }
}
