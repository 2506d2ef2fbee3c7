using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Measures.Storage;

/// <summary>How far a projection has read the journal: the last journal Id folded.</summary>
public sealed class ProjectionCheckpoint
{
    public required string Name { get; set; }
    public long LastJournalId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ProjectionCheckpointConfiguration : IEntityTypeConfiguration<ProjectionCheckpoint>
{
    public void Configure(EntityTypeBuilder<ProjectionCheckpoint> builder)
    {
        builder.ToTable("measure_checkpoints");
        builder.HasKey(c => c.Name);
    }
}
