using Pathway.Engine.Time;

namespace Pathway.Engine.Runtime;

public sealed record InterpreterOptions
{
    /// <summary>Steps one activation may take before a path with no wait state is stopped as an incident.</summary>
    public int MaxStepsPerActivation { get; init; } = 1_000;

    /// <summary>The calendar that day-based durations follow.</summary>
    public TimeZoneInfo TimeZone { get; init; } = ServiceTimeZone.UnitedKingdom;
}
