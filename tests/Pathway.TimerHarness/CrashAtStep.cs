using Pathway.Runtime.Timers;

namespace Pathway.TimerHarness;

/// <summary>
/// Fault injection for the timer chain's crash tests, registered only when the harness is run
/// with <c>--crash-at &lt;step&gt;</c>: kills the process on the spot when a timer reaches that
/// step, so a test can prove a timer survives a crash between any two steps.
/// </summary>
internal sealed class CrashAtStep(TimerChainStep step) : ITimerChainObserver
{
    public void Reached(TimerChainStep reached)
    {
        // FailFast, not an exception: no catch, finally or graceful shutdown may tidy up.
        if (reached == step)
            Environment.FailFast($"crashing at '{step}' as asked");
    }
}
