using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Timers;

/// <summary>
/// At start-up, gives every open timer bookmark a trigger if it has none: whatever crash
/// came between a case's commit and Quartz, no timer is lost. Which bookmarks lack a trigger is
/// one set comparison in SQL (bookmarks against Quartz's trigger table in the same database),
/// so a node with 100,000 open timers asks Quartz only about the few that need one, and
/// hands those over a thousand at a time.
/// </summary>
public sealed class TimerReconciler(IServiceScopeFactory scopes, ITimerScheduler scheduler, ILogger<TimerReconciler> logger) : IHostedService
{
    // Triggers stored per Quartz transaction: 100,000 timers lacking one are a hundred store operations, not 100,000.
    private const int Batch = 1_000;

    public async Task StartAsync(CancellationToken cancellationToken) => await ReconcileAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var scheduled = 0;
        var batch = new List<DueTimer>(Batch);
        await foreach (var timer in db.Bookmarks.FromSqlRaw(WithoutTriggerSql(db.Database.IsNpgsql())).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            batch.Add(new DueTimer(new TimerKey(timer.CaseId, timer.BookmarkId), timer.DueAt!.Value));
            if (batch.Count == Batch)
                scheduled += await ScheduleAsync(batch, cancellationToken);
        }
        scheduled += await ScheduleAsync(batch, cancellationToken);
        if (scheduled > 0)
            logger.LogInformation("Gave {Count} timers without a trigger a new one", scheduled);
        return scheduled;
    }

    private async Task<int> ScheduleAsync(List<DueTimer> batch, CancellationToken cancellationToken)
    {
        await scheduler.ScheduleAsync(batch, cancellationToken);
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    /// <summary>
    /// Timer bookmarks whose trigger (named as <see cref="TimerKey.ToString"/>: the case id in
    /// 32 lower-case hex digits, a slash, the bookmark id) is not in Quartz's table.
    /// </summary>
    private static string WithoutTriggerSql(bool postgres)
    {
        var caseHex = postgres ? "replace(b.\"CaseId\"::text, '-', '')" : "lower(replace(b.\"CaseId\", '-', ''))";
        return $"""
            SELECT b.* FROM bookmarks b
            WHERE b."Kind" = 'Timer' AND NOT EXISTS (
                SELECT 1 FROM qrtz_triggers t
                WHERE t.trigger_group = '{QuartzTimerScheduler.Group}' AND t.trigger_name = {caseHex} || '/' || b."BookmarkId")
            """;
    }
}
