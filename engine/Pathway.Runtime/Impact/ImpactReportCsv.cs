using System.Globalization;
using System.Text;

namespace Pathway.Runtime.Impact;

/// <summary>
/// The impact report as CSV, one section per table, for analysts and commissioners. Example
/// case ids are included only when <paramref name="withExamples"/> (roles allowed to see people).
/// </summary>
public static class ImpactReportCsv
{
    public static string Write(ImpactReport report, bool withExamples)
    {
        var csv = new StringBuilder();
        csv.AppendLine("section,subject,before,after,cases,detail");
        foreach (var transition in report.Transitions)
        {
            csv.AppendLine(Row("transition", transition.RuleSet, transition.Before, transition.After, Number(transition.Cases),
                withExamples ? string.Join(' ', transition.Examples) : ""));
            foreach (var rule in transition.ByRule)
                csv.AppendLine(Row("by rule", transition.RuleSet, rule.BeforeRule, rule.AfterRule, Number(rule.Cases), $"{transition.Before} -> {transition.After}"));
        }
        foreach (var cannot in report.CannotReplay)
            csv.AppendLine(Row("cannot replay", "", cannot.Reason, "", Number(cannot.Cases), ""));
        csv.AppendLine(Row("measure", "2-hour share of community referrals", Percent(report.Measures.TwoHourShareBefore), Percent(report.Measures.TwoHourShareAfter), Number(report.Replayed), ""));
        foreach (var load in report.Measures.LoadPerRoleDay)
            csv.AppendLine(Row("daily load", load.Team.Length == 0 ? load.Role : $"{load.Role} in {load.Team}", Number(load.Before), Number(load.After), "", load.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return csv.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private static string Row(params string[] cells) => string.Join(',', cells.Select(Quote));

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
