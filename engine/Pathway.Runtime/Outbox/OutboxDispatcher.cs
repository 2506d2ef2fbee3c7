using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Outbox;

/// <summary>
/// Delivers outbox rows after the steps that wrote them commit: at once when woken, at start-up
/// for whatever an earlier run left, and every few seconds. Any number of hosts may run one:
/// each claims its rows with one conditional update (undelivered, and unclaimed or the claim's
/// lease run out), which the database applies to a row for one claimant only — SQLite writes one
/// at a time, PostgreSQL re-checks the condition on a row another update holds. A host that
/// dies holding a claim holds it only until the lease runs out.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider clock, PathwayRuntimeOptions options, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);
    private const int Batch = 100;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        signal.RunAsync(DeliverBatchAsync, Batch, Poll, clock,
            ex => logger.LogError(ex, "Outbox delivery failed; the rows stay in the outbox and are tried again"), stoppingToken);

    /// <summary>Claims and delivers up to one batch of rows; returns how many it claimed.</summary>
    public async Task<int> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        var rows = await ClaimAsync(cancellationToken);
        foreach (var row in rows)
        {
            await using var scope = scopes.CreateAsyncScope();
            var delivery = scope.ServiceProvider.GetRequiredService<OutboxDelivery>();
            try
            {
                await delivery.DeliverAsync(row, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, row.Attempts), MaxRetryDelay.TotalSeconds));
                logger.LogWarning(ex, "Outbox row {Id} ({Kind} {Name}) was not delivered on try {Attempt}; trying again in {Delay}", row.Id, row.Kind, row.Name, row.Attempts, delay);
                await delivery.ReleaseAsync(row, ex.Message, delay, CancellationToken.None);
            }
        }
        if (rows.Count > 0)
            signal.Notify(); // fanned-out rows wait for the next pass
        return rows.Count;
    }

    private async Task<List<OutboxRecord>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        var due = await db.Outbox.AsNoTracking().Where(r => r.DeliveredAt == null && (r.ClaimedUntil == null || r.ClaimedUntil < now))
            .OrderBy(r => r.Id).Select(r => r.Id).Take(Batch).ToListAsync(cancellationToken);
        if (due.Count == 0)
            return [];
        // The condition is repeated in the update, so a row another dispatcher claimed meanwhile is left to it.
        await db.Outbox.Where(r => due.Contains(r.Id) && r.DeliveredAt == null && (r.ClaimedUntil == null || r.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.ClaimToken, token)
                .SetProperty(r => r.ClaimedUntil, now + options.OutboxClaimLease)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
        return await db.Outbox.AsNoTracking().Where(r => r.ClaimToken == token).OrderBy(r => r.Id).ToListAsync(cancellationToken);
    }
}
