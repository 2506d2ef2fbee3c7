using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>
/// A timer to hand to (or take back from) Quartz, written in the same transaction as the
/// case change that made it, so a crash can delay the hand-over but never lose it.
/// </summary>
public sealed class TimerOutboxRecord
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public required string BookmarkId { get; set; }
    public bool Cancel { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class TimerOutboxConfiguration : IEntityTypeConfiguration<TimerOutboxRecord>
{
    public void Configure(EntityTypeBuilder<TimerOutboxRecord> builder) => builder.ToTable("timer_outbox");
}
