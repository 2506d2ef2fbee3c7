using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Timers;

/// <summary>
/// Hands timer outbox rows to the scheduler, a batch at a time, then deletes them. A crash between the two
/// hands the row over again on restart, which scheduling by key makes harmless. Several
/// hosts on PostgreSQL each claim their own rows (FOR UPDATE SKIP LOCKED), held until the
/// batch's delete commits, so no two nodes hand over or delete the same row.
/// </summary>
public sealed class TimerDispatcher(
    IServiceScopeFactory scopes, ITimerScheduler scheduler, TimerSignal signal, TimeProvider clock,
    IEnumerable<ITimerChainObserver> observers, ILogger<TimerDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private const int Batch = 500;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        signal.RunAsync(DispatchBatchAsync, Batch, Poll, clock,
            ex => logger.LogError(ex, "Timer dispatch failed; the rows stay in the outbox and are tried again"), stoppingToken);

    /// <summary>Dispatches up to one batch of outbox rows; returns how many it handled.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        await using var claim = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var rows = claim is null
            ? await db.TimerOutbox.OrderBy(r => r.Id).Take(Batch).ToListAsync(cancellationToken)
            : await db.TimerOutbox.FromSqlRaw($"SELECT * FROM timer_outbox ORDER BY \"Id\" LIMIT {Batch} FOR UPDATE SKIP LOCKED").ToListAsync(cancellationToken);
        // A key's last row decides its timer (a schedule replaces, a cancel deletes), so the batch
        // goes to the store as one schedule and one delete instead of a round trip per row.
        var last = rows.GroupBy(r => new TimerKey(r.CaseId, r.BookmarkId)).Select(g => g.MaxBy(r => r.Id)!).ToList();
        await scheduler.ScheduleAsync([.. last.Where(r => !r.Cancel).Select(r => new DueTimer(new TimerKey(r.CaseId, r.BookmarkId), r.DueAt!.Value))], cancellationToken);
        await scheduler.UnscheduleAsync([.. last.Where(r => r.Cancel).Select(r => new TimerKey(r.CaseId, r.BookmarkId))], cancellationToken);
        foreach (var _ in rows)
        {
            foreach (var observer in observers)
                observer.Reached(TimerChainStep.Scheduled);
        }
        db.TimerOutbox.RemoveRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        if (claim is not null)
            await claim.CommitAsync(cancellationToken);
        return rows.Count;
    }
}
