using System.Globalization;
using System.Text.RegularExpressions;

namespace Pathway.Engine.Time;

/// <summary>
/// An ISO 8601 duration (<c>P2D</c>, <c>PT2H</c>, <c>P1DT12H</c>, <c>P1W</c>). Date parts are
/// calendar days in the service's time zone and time parts are elapsed time, as ISO 8601 and
/// people read them: a 2-hour response window is 120 minutes even across the clocks changing,
/// while "2 days" from 10:00 on Saturday ends at 10:00 on Monday.
/// </summary>
public readonly partial record struct IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    public static bool TryParse(string text, out IsoDuration duration)
    {
        duration = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || text.Trim() is "P" or "PT" || text.Trim().EndsWith('T'))
            return false;
        int Part(string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        double Fraction(string group) => match.Groups[group].Success ? double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var time = TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("m")) + TimeSpan.FromSeconds(Fraction("s"));
        duration = new(Part("y"), Part("mo"), Part("w") * 7 + Part("d"), time);
        return duration.Years + duration.Months + duration.Days > 0 || duration.Time > TimeSpan.Zero;
    }

    public static IsoDuration Parse(string text) =>
        TryParse(text, out var duration) ? duration : throw new FormatException($"'{text}' is not an ISO 8601 duration");

    public static IsoDuration FromTimeSpan(TimeSpan span) => new(0, 0, 0, span);

    /// <summary>The instant this duration after <paramref name="start"/>, in <paramref name="zone"/>'s calendar.</summary>
    public DateTimeOffset AddTo(DateTimeOffset start, TimeZoneInfo zone)
    {
        var end = start;
        if (Years != 0 || Months != 0 || Days != 0)
        {
            var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
            var shifted = local.AddYears(Years).AddMonths(Months).AddDays(Days);
            // A wall-clock time skipped by the clocks going forward moves on by the gap.
            if (zone.IsInvalidTime(shifted))
                shifted = shifted.AddHours(1);
            end = new DateTimeOffset(shifted, zone.GetUtcOffset(shifted));
        }
        return (end + Time).ToUniversalTime();
    }

    public override string ToString()
    {
        var text = "P";
        if (Years != 0) text += $"{Years}Y";
        if (Months != 0) text += $"{Months}M";
        if (Days != 0) text += $"{Days}D";
        if (Time > TimeSpan.Zero)
        {
            text += "T";
            if (Time.Days * 24 + Time.Hours != 0) text += $"{Time.Days * 24 + Time.Hours}H";
            if (Time.Minutes != 0) text += $"{Time.Minutes}M";
            if (Time.Seconds != 0) text += $"{Time.Seconds}S";
        }
        return text;
    }

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
