using Pathway.Engine.Time;

namespace Pathway.Browser.Tests;

/// <summary>
/// Real time, moved forward into the day service's hours (08:30 UK time) when the tests run in the
/// evening or at night. The journeys walk a fall referral to the community physiotherapist, as day
/// staff would; referred after 20:00 or before 08:00, the best-placed-assessor rules rightly send
/// it to the overnight urgent response instead. Only ever forward, so cookies the host issues
/// never expire in the browser's own clock; time still passes as it does for a person. Pages read
/// the same time: <see cref="HostedApp"/> moves each browser context's clock with the host's.
/// </summary>
internal sealed class DayServiceClock : TimeProvider
{
    private const int DayStartsHour = 8;
    private const int EveningStartsHour = 20;
    /// <summary>How far ahead of real time the host runs: nothing in the day.</summary>
    public TimeSpan Shift { get; } = ShiftFrom(TimeProvider.System.GetUtcNow());

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + Shift;

    private static TimeSpan ShiftFrom(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, ServiceTimeZone.UnitedKingdom);
        if (local.Hour is >= DayStartsHour and < EveningStartsHour)
            return TimeSpan.Zero;
        var day = local.Hour >= EveningStartsHour ? local.Date.AddDays(1) : local.Date;
        var opens = day.AddHours(DayStartsHour).AddMinutes(30);
        return new DateTimeOffset(opens, ServiceTimeZone.UnitedKingdom.GetUtcOffset(opens)) - now;
    }
}
