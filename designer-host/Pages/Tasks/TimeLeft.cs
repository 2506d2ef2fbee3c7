using System.Globalization;

namespace Pathway.DesignerHost.Pages.Tasks;

/// <summary>Time left against a task's standard, in the words and colour a worklist shows.</summary>
public static class TimeLeft
{
    /// <summary>Within this many minutes of its due time a task is flagged as due soon.</summary>
    public const double DueSoonMinutes = 30;

    public static string Describe(double minutes)
    {
        var span = TimeSpan.FromMinutes(Math.Abs(minutes));
        var text = span.TotalHours >= 24
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h")
            : span.TotalMinutes >= 60
                ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min")
                : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min");
        return minutes < 0 ? $"Overdue by {text}" : $"{text} left";
    }

    public static string TagClass(double minutes) =>
        minutes < 0 ? "nhsuk-tag--red" : minutes <= DueSoonMinutes ? "nhsuk-tag--orange" : "nhsuk-tag--green";
}
