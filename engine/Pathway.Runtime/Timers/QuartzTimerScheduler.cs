using Quartz;

namespace Pathway.Runtime.Timers;

/// <summary>Timers as Quartz jobs in its persistent store, one job and trigger per timer bookmark.</summary>
public sealed class QuartzTimerScheduler(ISchedulerFactory factory) : ITimerScheduler
{
    public const string Group = "pathway-timers";

    public async Task ScheduleAsync(TimerKey key, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<FireTimerJob>()
            .WithIdentity(key.ToString(), Group)
            .UsingJobData(FireTimerJob.CaseIdKey, key.CaseId.ToString())
            .UsingJobData(FireTimerJob.BookmarkIdKey, key.BookmarkId)
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.ToString(), Group)
            .StartAt(dueAt)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task UnscheduleAsync(TimerKey key, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(new JobKey(key.ToString(), Group), cancellationToken);
    }

    public async Task<bool> ExistsAsync(TimerKey key, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        return await scheduler.Exists(new TriggerKey(key.ToString(), Group), cancellationToken);
    }
}
