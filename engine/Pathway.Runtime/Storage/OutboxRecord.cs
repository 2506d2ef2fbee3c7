using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>
/// Something a case step sends beyond its own case (a message, a signal, a called case's end,
/// a called case's withdrawal), written in the same transaction as the step, so a crash can
/// delay it but never lose it. A dispatcher claims the row (<see cref="ClaimToken"/> until
/// <see cref="ClaimedUntil"/>), delivers it, and marks it delivered in the same transaction as
/// the receiving case's step, so it never reaches a case twice. <see cref="DeliveryId"/> lets
/// a receiver outside Pathway drop a repeat.
/// </summary>
public sealed class OutboxRecord
{
    public long Id { get; set; }
    public Guid DeliveryId { get; set; }
    public OutboxKind Kind { get; set; }

    /// <summary>The case whose step wrote the row.</summary>
    public Guid SourceCaseId { get; set; }
    public string? NodeId { get; set; }

    /// <summary>The message or signal name.</summary>
    public string? Name { get; set; }

    /// <summary>A message reaches only waiting cases whose correlation key is the same.</summary>
    public string? CorrelationKey { get; set; }

    /// <summary>The one case the row is for (a delivery fanned out, a parent, a child); null for a fan-out.</summary>
    public Guid? TargetCaseId { get; set; }
    public string? TargetBookmarkId { get; set; }
    public string? PayloadJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public Guid? ClaimToken { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>What delivery found: delivered, not awaited (nobody was waiting), or the receiver's answer.</summary>
    public string? Outcome { get; set; }
}

public enum OutboxKind
{
    /// <summary>A send task's or message throw's message: to the transport, which finds its receivers.</summary>
    Message,

    /// <summary>A thrown signal: fanned out to one <see cref="SignalToCase"/> row per case waiting on it.</summary>
    Signal,

    /// <summary>A message for one waiting case.</summary>
    MessageToCase,

    /// <summary>A signal for one waiting case.</summary>
    SignalToCase,

    /// <summary>A called case ended: its calling case's call activity completes (or, withdrawn, stops on an incident).</summary>
    CallEnded,

    /// <summary>A call activity was withdrawn (its case closed, an interrupting boundary): its called case is withdrawn too.</summary>
    CallWithdrawn,
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxRecord>
{
    public void Configure(EntityTypeBuilder<OutboxRecord> builder)
    {
        builder.ToTable("outbox");
        builder.Property(r => r.Kind).HasConversion<string>();
        builder.Property(r => r.ClaimToken).IsConcurrencyToken();
        builder.HasIndex(r => r.DeliveryId).IsUnique();
        builder.HasIndex(r => new { r.DeliveredAt, r.ClaimedUntil });
    }
}
