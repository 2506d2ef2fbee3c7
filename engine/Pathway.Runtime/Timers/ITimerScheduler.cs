namespace Pathway.Runtime.Timers;

/// <summary>Where timers wait until they are due: Quartz's persistent store in production.</summary>
public interface ITimerScheduler
{
    /// <summary>Schedules the timer; scheduling one that exists already replaces it (so a retry is harmless).</summary>
    Task ScheduleAsync(TimerKey key, DateTimeOffset dueAt, CancellationToken cancellationToken);

    Task UnscheduleAsync(TimerKey key, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(TimerKey key, CancellationToken cancellationToken);
}

/// <summary>A timer's identity: the case and its bookmark.</summary>
public readonly record struct TimerKey(Guid CaseId, string BookmarkId)
{
    public override string ToString() => $"{CaseId:N}/{BookmarkId}";
}
