using System.Globalization;

namespace Pathway.DesignerHost.Policy;

/// <summary>When a spec ran, in UK time and words ("25 November 2026 at 08:37").</summary>
public static class PolicyTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Describe(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, London).ToString("d MMMM yyyy 'at' HH:mm", British);
}
