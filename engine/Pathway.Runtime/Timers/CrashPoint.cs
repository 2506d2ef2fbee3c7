namespace Pathway.Runtime.Timers;

/// <summary>
/// Fault injection for the timer chain's crash tests: kills the process on the spot at the
/// named step when the environment variable <c>PATHWAY_CRASH_AT</c> names it, so a test can
/// prove a timer survives a crash between any two steps. Inert unless that variable is set.
/// </summary>
public static class CrashPoint
{
    public const string Variable = "PATHWAY_CRASH_AT";

    /// <summary>A case command that wrote timer outbox rows committed; nothing has been dispatched.</summary>
    public const string AfterCommit = "after-commit";

    /// <summary>Quartz holds the trigger; the outbox row is not yet deleted.</summary>
    public const string AfterSchedule = "after-schedule";

    /// <summary>Quartz started the job; FireTimer has not been sent.</summary>
    public const string BeforeFire = "before-fire";

    /// <summary>FireTimer committed; Quartz has not recorded that the job completed.</summary>
    public const string AfterFire = "after-fire";

    // Read once: the point is fixed for the life of the process.
    private static readonly string? Armed = Environment.GetEnvironmentVariable(Variable);

    public static void Reached(string point)
    {
        // FailFast, not an exception: no catch, finally or graceful shutdown may tidy up.
        if (string.Equals(Armed, point, StringComparison.Ordinal))
            Environment.FailFast($"{Variable}: crashing at '{point}' as asked");
    }
}
