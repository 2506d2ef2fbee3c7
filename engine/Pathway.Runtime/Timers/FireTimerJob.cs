using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Runtime.Commands;
using Quartz;

namespace Pathway.Runtime.Timers;

/// <summary>Quartz's side of a timer: it only sends FireTimer, which is a no-op for a timer already fired.</summary>
public sealed class FireTimerJob(
    IServiceScopeFactory scopes, ITimerScheduler scheduler, PathwayRuntimeOptions options, TimeProvider clock,
    IEnumerable<ITimerChainObserver> observers, ILogger<FireTimerJob> logger)
    : IJob
{
    public const string CaseIdKey = "caseId";
    public const string BookmarkIdKey = "bookmarkId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var command = new FireTimer(Guid.Parse(data.GetString(CaseIdKey)!), data.GetString(BookmarkIdKey)!, context.Scheduler.SchedulerInstanceId);
        Reached(TimerChainStep.Firing);
        if (context.ScheduledFireTimeUtc is { } due)
            Telemetry.PathwayTelemetry.TimerLag.Record((clock.GetUtcNow() - due).TotalSeconds);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
            Reached(TimerChainStep.Fired);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Quartz deletes a one-shot trigger when its job ends, failed or not: without a new
            // trigger the timer would wait for the next start-up's reconciler.
            var key = new TimerKey(command.CaseId, command.BookmarkId);
            using var log = Telemetry.CaseLog.Begin(logger, command.CaseId);
            logger.LogError(ex, "Timer {BookmarkId} on case {CaseId} failed to fire; trying again in {Delay}", command.BookmarkId, command.CaseId, options.TimerRetryDelay);
            await scheduler.ScheduleAsync(key, clock.GetUtcNow() + options.TimerRetryDelay, cancellationToken);
        }
    }

    private void Reached(TimerChainStep step)
    {
        foreach (var observer in observers)
            observer.Reached(step);
    }
}
