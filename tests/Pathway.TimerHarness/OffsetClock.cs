namespace Pathway.TimerHarness;

/// <summary>The system clock moved by a fixed offset, as on a machine whose clock has drifted.</summary>
internal sealed class OffsetClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
}
