using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>One version of a pathway's BPMN for a locality. A running case keeps the version it started on.</summary>
public sealed class PathwayDefinitionRecord
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public required string Locality { get; set; }
    public int Version { get; set; }
    public DefinitionStatus Status { get; set; }
    public required string Xml { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
}

internal sealed class PathwayDefinitionConfiguration : IEntityTypeConfiguration<PathwayDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<PathwayDefinitionRecord> builder)
    {
        builder.ToTable("pathway_definitions");
        builder.HasIndex(d => new { d.Key, d.Locality, d.Version }).IsUnique();
        builder.HasIndex(d => new { d.Key, d.Locality, d.Status });
        builder.Property(d => d.Status).HasConversion<string>();
    }
}
