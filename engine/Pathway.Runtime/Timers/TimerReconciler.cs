using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Timers;

/// <summary>
/// At start-up, gives every open timer bookmark a trigger if it has none: whatever crash
/// came between a case's commit and Quartz, no timer is lost.
/// </summary>
public sealed class TimerReconciler(IServiceScopeFactory scopes, ITimerScheduler scheduler, ILogger<TimerReconciler> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await ReconcileAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var scheduled = 0;
        await foreach (var timer in db.Bookmarks.AsNoTracking().Where(b => b.Kind == BookmarkKind.Timer).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var key = new TimerKey(timer.CaseId, timer.BookmarkId);
            if (await scheduler.ExistsAsync(key, cancellationToken))
                continue;
            await scheduler.ScheduleAsync(key, timer.DueAt!.Value, cancellationToken);
            scheduled++;
        }
        if (scheduled > 0)
            logger.LogInformation("Gave {Count} timers without a trigger a new one", scheduled);
        return scheduled;
    }
}
