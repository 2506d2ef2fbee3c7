using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>One version of a rule set, national (locality "national") or a locality's variation.</summary>
public sealed class RuleSetRecord
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Locality { get; set; }
    public int Version { get; set; }
    public DefinitionStatus Status { get; set; }
    public required string Json { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
}

internal sealed class RuleSetConfiguration : IEntityTypeConfiguration<RuleSetRecord>
{
    public void Configure(EntityTypeBuilder<RuleSetRecord> builder)
    {
        builder.ToTable("rule_sets");
        builder.HasIndex(r => new { r.Name, r.Locality, r.Version }).IsUnique();
        builder.HasIndex(r => new { r.Name, r.Locality, r.Status });
        builder.Property(r => r.Status).HasConversion<string>();
    }
}
