using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Messages;

/// <summary>
/// What one delivery of a message (by its delivery id: an Idempotency-Key, an outbox row's id)
/// already did, one idempotency row per case it reached or started, each written in that case's
/// own transaction. A repeat of the delivery reads them and does nothing twice; two copies
/// racing collide on the row's key, so the second start of a pathway is never saved.
/// </summary>
public static class MessageReceipts
{
    private const string ScopePrefix = "message:";
    private const string Reached = "reached:";
    private const string Started = "started:";

    public static Task<List<IdempotencyRecord>> FindAsync(PathwayDbContext db, string deliveryId, CancellationToken cancellationToken) =>
        db.IdempotencyKeys.AsNoTracking().Where(k => k.Scope == ScopePrefix + deliveryId).ToListAsync(cancellationToken);

    public static IdempotencyRecord ForReached(DeliveredMessage message, Guid caseId, DateTimeOffset now) =>
        New(message, Reached + caseId.ToString("D"), caseId, now);

    public static IdempotencyRecord ForStarted(DeliveredMessage message, string pathwayKey, Guid caseId, DateTimeOffset now) =>
        New(message, Started + pathwayKey, caseId, now);

    public static IEnumerable<Guid> ReachedIn(IEnumerable<IdempotencyRecord> receipts) =>
        receipts.Where(r => r.Key.StartsWith(Reached, StringComparison.Ordinal)).Select(r => r.CaseId);

    public static IEnumerable<Guid> StartedIn(IEnumerable<IdempotencyRecord> receipts) =>
        receipts.Where(r => r.Key.StartsWith(Started, StringComparison.Ordinal)).Select(r => r.CaseId);

    /// <summary>The case an earlier copy of the delivery started on this pathway, if any.</summary>
    public static Guid? StartedOn(IEnumerable<IdempotencyRecord> receipts, string pathwayKey) =>
        receipts.Where(r => r.Key == Started + pathwayKey).Select(r => (Guid?)r.CaseId).FirstOrDefault();

    private static IdempotencyRecord New(DeliveredMessage message, string key, Guid caseId, DateTimeOffset now) => new()
    {
        Scope = ScopePrefix + message.DeliveryId, Key = key, RequestHash = message.RequestHash ?? "", CaseId = caseId, CreatedAt = now,
    };
}

/// <summary>
/// A message as delivered once: its delivery id (what makes a repeat a repeat), name, the
/// locality it is for, its correlation key and payload, and the hash of the request that carried it.
/// </summary>
public sealed record DeliveredMessage(
    string DeliveryId, string Name, string Locality, string? CorrelationKey, IReadOnlyDictionary<string, object?> Payload, string? RequestHash = null);
