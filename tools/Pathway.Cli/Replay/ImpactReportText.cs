using System.Globalization;
using System.Text;
using Pathway.Runtime.Impact;

namespace Pathway.Cli.Replay;

/// <summary>The impact report as text for a terminal: the headline, the transitions with the rules behind them, what could not be replayed, and the measures.</summary>
public static class ImpactReportText
{
    public static string Write(ImpactReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{report.Cases} cases: {report.Replayed} replayed, {report.Changed} would change, {report.Unchanged} would not, {report.Cases - report.Replayed} could not be replayed");
        foreach (var transition in report.Transitions)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{transition.RuleSet}: {transition.Before} -> {transition.After}: {transition.Cases} cases");
            foreach (var rule in transition.ByRule)
                text.AppendLine(CultureInfo.InvariantCulture, $"    rule {rule.BeforeRule} -> {rule.AfterRule}: {rule.Cases}");
        }
        foreach (var cannot in report.CannotReplay)
            text.AppendLine(CultureInfo.InvariantCulture, $"cannot replay {cannot.Cases} cases: {cannot.Reason}");
        text.AppendLine(CultureInfo.InvariantCulture, $"2-hour share of community referrals: {report.Measures.TwoHourShareBefore:P1} -> {report.Measures.TwoHourShareAfter:P1}");
        var days = Math.Max(1, report.Measures.LoadPerRoleDay.Select(l => l.Day).Distinct().Count());
        foreach (var load in report.Measures.LoadPerRoleDay.GroupBy(l => (l.Role, l.Team)).OrderBy(g => g.Key.Role, StringComparer.Ordinal).ThenBy(g => g.Key.Team, StringComparer.Ordinal))
        {
            var who = load.Key.Team.Length == 0 ? load.Key.Role : $"{load.Key.Role} in {load.Key.Team}";
            text.AppendLine(CultureInfo.InvariantCulture, $"{who}: {load.Sum(l => l.Before) / (double)days:F1} -> {load.Sum(l => l.After) / (double)days:F1} a day over {days} days");
        }
        return text.ToString();
    }
}
