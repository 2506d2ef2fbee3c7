namespace Pathway.Runtime.Timers;

/// <summary>Where timers wait until they are due: Quartz's persistent store in production.</summary>
public interface ITimerScheduler
{
    /// <summary>Schedules the timer; scheduling one that exists already replaces it (so a retry is harmless).</summary>
    Task ScheduleAsync(TimerKey key, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>
    /// Schedules many timers as one store operation (one transaction in Quartz's ADO store), replacing any
    /// that exist: how the outbox and start-up reconciliation hand over thousands without one round trip each.
    /// </summary>
    Task ScheduleAsync(IReadOnlyCollection<DueTimer> timers, CancellationToken cancellationToken);

    /// <summary>Unschedules many timers as one store operation; keys with no timer are ignored.</summary>
    Task UnscheduleAsync(IReadOnlyCollection<TimerKey> keys, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(TimerKey key, CancellationToken cancellationToken);
}

/// <summary>A timer's identity: the case and its bookmark.</summary>
public readonly record struct TimerKey(Guid CaseId, string BookmarkId)
{
    public override string ToString() => $"{CaseId:N}/{BookmarkId}";
}

/// <summary>A timer to schedule and when it is due.</summary>
public readonly record struct DueTimer(TimerKey Key, DateTimeOffset DueAt);
