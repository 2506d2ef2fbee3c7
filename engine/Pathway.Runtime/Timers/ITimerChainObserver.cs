namespace Pathway.Runtime.Timers;

/// <summary>A step on a timer's way from the case command that set it to the FireTimer that ends it.</summary>
public enum TimerChainStep
{
    /// <summary>A case command that wrote timer outbox rows committed; nothing has been dispatched.</summary>
    OutboxCommitted,

    /// <summary>The scheduler holds the trigger; the outbox row is not yet deleted.</summary>
    Scheduled,

    /// <summary>The scheduler started the job; FireTimer has not been sent.</summary>
    Firing,

    /// <summary>FireTimer committed; the scheduler has not recorded that the job completed.</summary>
    Fired,
}

/// <summary>
/// Told each time a timer passes a step of its chain, for telemetry or a harness's fault
/// injection. None is registered by default; every registered observer is told, in order.
/// </summary>
public interface ITimerChainObserver
{
    void Reached(TimerChainStep step);
}
