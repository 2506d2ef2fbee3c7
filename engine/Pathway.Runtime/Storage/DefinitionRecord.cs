using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pathway.Runtime.Definitions;

namespace Pathway.Runtime.Storage;

/// <summary>
/// One version of a definition (a pathway's BPMN, a rule set's JSON or a policy spec's
/// Gherkin) for a locality. A running case keeps the pathway version it started on.
/// </summary>
public sealed class DefinitionRecord
{
    public long Id { get; set; }
    public DefinitionKind Kind { get; set; }
    public required string Key { get; set; }
    public required string Locality { get; set; }
    public int Version { get; set; }
    public DefinitionStatus Status { get; set; }
    public required string Content { get; set; }
    public required string ContentHash { get; set; }

    /// <summary>What the kind's checks found when the content was saved (JSON list); a draft may be saved with problems, never published.</summary>
    public string? ProblemsJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }

    /// <summary>The impact report the publisher was shown, when it was run on exactly this content; null when none was, or it was stale.</summary>
    public long? ImpactReportId { get; set; }

    /// <summary>Bumped at every change, so two designers publishing at once cannot both win.</summary>
    public long Revision { get; set; }
}

internal sealed class DefinitionConfiguration : IEntityTypeConfiguration<DefinitionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionRecord> builder)
    {
        builder.ToTable("definitions");
        builder.Property(d => d.Kind).HasConversion<string>();
        builder.Property(d => d.Status).HasConversion<string>();
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.HasIndex(d => new { d.Kind, d.Key, d.Locality, d.Version }).IsUnique();
        builder.HasIndex(d => new { d.Kind, d.Key, d.Locality, d.Status });
        // At most one draft and one published version per definition and locality: a lost race is a conflict, not a second one.
        builder.HasIndex(d => new { d.Kind, d.Key, d.Locality }, "IX_definitions_one_published").IsUnique().HasFilter("\"Status\" = 'Published'");
        builder.HasIndex(d => new { d.Kind, d.Key, d.Locality }, "IX_definitions_one_draft").IsUnique().HasFilter("\"Status\" = 'Draft'");
    }
}
