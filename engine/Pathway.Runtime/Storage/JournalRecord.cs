using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pathway.Engine.Runtime;

namespace Pathway.Runtime.Storage;

/// <summary>
/// One append-only line of a case's history: every step, decision (with rule and inputs),
/// task and timer, with its actor and time. The audit trail, the case timeline and the
/// source of the measures. Rows are never updated or deleted.
/// </summary>
public sealed class JournalRecord
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Kind { get; set; }
    public string? NodeId { get; set; }
    public string? Actor { get; set; }
    public string? DataJson { get; set; }
}

internal sealed class JournalConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.ToTable("journal");
        builder.HasIndex(j => new { j.CaseId, j.Sequence }).IsUnique();
        // Only the rules' decisions are read by kind (impact analysis replays them), so only their
        // lines are indexed by kind: every other line costs one index insert fewer.
        builder.HasIndex(j => new { j.Kind, j.At }).HasFilter($"\"Kind\" = '{JournalKinds.RulesDecided}'");
    }
}
