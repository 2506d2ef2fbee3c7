using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Timers;

/// <summary>
/// Hands timer outbox rows to the scheduler, then deletes them. A crash between the two
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == Batch)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Timer dispatch failed; the rows stay in the outbox and are tried again");
            }
            await signal.WaitAsync(Poll, clock, stoppingToken);
        }
    }

    /// <summary>Dispatches up to one batch of outbox rows; returns how many it handled.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        await using var claim = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var rows = claim is null
            ? await db.TimerOutbox.OrderBy(r => r.Id).Take(Batch).ToListAsync(cancellationToken)
            : await db.TimerOutbox.FromSqlRaw($"SELECT * FROM timer_outbox ORDER BY \"Id\" LIMIT {Batch} FOR UPDATE SKIP LOCKED").ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var key = new TimerKey(row.CaseId, row.BookmarkId);
            if (row.Cancel)
                await scheduler.UnscheduleAsync(key, cancellationToken);
            else
                await scheduler.ScheduleAsync(key, row.DueAt!.Value, cancellationToken);
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
