using Quartz;

namespace Pathway.Runtime.Timers;

/// <summary>Timers as Quartz jobs in its persistent store, one job and trigger per timer bookmark.</summary>
public sealed class QuartzTimerScheduler(ISchedulerFactory factory) : ITimerScheduler
{
    public const string Group = "pathway-timers";

    public async Task ScheduleAsync(TimerKey key, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(Job(key), [Trigger(key, dueAt)], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task ScheduleAsync(IReadOnlyCollection<DueTimer> timers, CancellationToken cancellationToken)
    {
        if (timers.Count == 0)
            return;
        var scheduler = await factory.GetScheduler(cancellationToken);
        var jobs = timers.ToDictionary(t => Job(t.Key), t => (IReadOnlyCollection<ITrigger>)[Trigger(t.Key, t.DueAt)]);
        await scheduler.ScheduleJobs(jobs, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task UnscheduleAsync(IReadOnlyCollection<TimerKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
            return;
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.DeleteJobs([.. keys.Select(k => new JobKey(k.ToString(), Group))], cancellationToken);
    }

    public async Task<bool> ExistsAsync(TimerKey key, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        return await scheduler.Exists(new TriggerKey(key.ToString(), Group), cancellationToken);
    }

    private static IJobDetail Job(TimerKey key) => JobBuilder.Create<FireTimerJob>()
        .WithIdentity(key.ToString(), Group)
        .UsingJobData(FireTimerJob.CaseIdKey, key.CaseId.ToString())
        .UsingJobData(FireTimerJob.BookmarkIdKey, key.BookmarkId)
        .RequestRecovery()
        .Build();

    private static ITrigger Trigger(TimerKey key, DateTimeOffset dueAt) => TriggerBuilder.Create()
        .WithIdentity(key.ToString(), Group)
        .StartAt(dueAt)
        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .Build();
}
