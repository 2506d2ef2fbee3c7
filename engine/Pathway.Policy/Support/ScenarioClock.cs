namespace Pathway.Policy.Support;

/// <summary>
/// A scenario's own clock: it stands still until a step moves it ("2 hours pass"), so a
/// policy run never waits and never depends on when it runs.
/// </summary>
public sealed class ScenarioClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _ticks, by.Ticks);
    }
}
