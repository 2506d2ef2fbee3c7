using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Timers;

/// <summary>
/// Hands timer outbox rows to the scheduler, then deletes them. A crash between the two
/// hands the row over again on restart, which scheduling by key makes harmless.
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
        var rows = await db.TimerOutbox.OrderBy(r => r.Id).Take(Batch).ToListAsync(cancellationToken);
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
        return rows.Count;
    }
}
