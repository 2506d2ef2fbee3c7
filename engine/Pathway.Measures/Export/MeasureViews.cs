using System.Globalization;
using Pathway.Engine.Vocabulary;
using Pathway.Measures.Definitions;
using Pathway.Measures.Queries;

namespace Pathway.Measures.Export;

/// <summary>
/// Turns a dashboard into the views the page renders and the CSV exports write: one place
/// decides each measure's table, so the screen and the download never disagree.
/// </summary>
public static class MeasureViews
{
    public static IReadOnlyList<MeasureView> Build(Dashboard d) =>
    [
        TwoHour(d.TwoHour), TwoHourDistribution(d.TwoHour), TwoHourBreakdown(d.TwoHour), TwoDay(d.TwoDay),
        TimeToAssessment(d.TimeToAssessment), AssessmentReview(d.AssessmentReview), Mdt(d.Mdt), Handovers(d.Handover),
        Outcomes(MeasureDefinitions.OutcomesByNeed, "Presenting need", d.OutcomesByNeed),
        Outcomes(MeasureDefinitions.OutcomesBySource, "Referral source", d.OutcomesBySource),
        Workload(d.Workload),
    ];

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";

    private static string Plural(int count, string one, string many) => $"{N(count)} {(count == 1 ? one : many)}";

    /// <summary>"64.0% reached within 2 hours (16 of 25)", or what is missing.</summary>
    private static string RateHeadline(Rate rate, string met, string none) =>
        rate.Percent is { } percent ? $"{N(percent)}% {met} ({N(rate.Met)} of {N(rate.Counted)})" : none;

    /// <summary>"; most often admission avoided" for an outcome breakdown.</summary>
    private static string MostCommon(OutcomeBreakdown b) =>
        b.Outcomes.Count == 0 ? "" : $"; most often {OutcomeWords(b.Outcomes.Select((o, i) => (o, Total: b.Rows.Sum(r => r.Counts[i]))).MaxBy(x => x.Total).o)}";

    private static string OutcomeWords(string outcome) =>
        (Pathway.Engine.Vocabulary.ClosureOutcomes.All.FirstOrDefault(o => o.Id == outcome)?.Label ?? outcome.Replace('-', ' ')).ToLowerInvariant();

    private static string[] RateRow(Rate rate) => [rate.Label, N(rate.Counted), N(rate.Met), N(rate.Percent)];

    private static MeasureView TwoHour(ResponseMeasure m) => new(
        MeasureDefinitions.TwoHour,
        new ChartSpec("line", "2-hour referrals reached within 2 hours, by month, against the 70% ambition",
            [.. m.Trend.Select(r => r.Label)], [new ChartSeries("Reached within 2 hours", [.. m.Trend.Select(r => r.Percent ?? 0)])],
            Ambition: ResponseStandards.TwoHourAmbition, Unit: "%", YMax: 100),
        ["Month", "Referrals with first contact", "Within 2 hours", "%"],
        [.. m.Trend.Select(RateRow), RateRow(m.Headline with { Label = "Whole period" }), RateRow(m.InHours), RateRow(m.OutOfHours)],
        [$"2-hour referrals: {m.Referrals}", $"Closed before first contact (not in the rate): {m.ClosedBeforeContact}", $"Awaiting first contact: {m.AwaitingContact}"],
        RateHeadline(m.Headline, "reached within 2 hours", "No 2-hour referrals with a first care contact"), m.Headline.Counted);

    private static MeasureView TwoHourDistribution(ResponseMeasure m) => new(
        MeasureDefinitions.TwoHourDistribution,
        new ChartSpec("bar", "2-hour referrals by time to first care contact", [.. m.Distribution.Select(c => c.Label)],
            [new ChartSeries("Referrals", [.. m.Distribution.Select(c => (double)c.Value)])]),
        ["Time to first contact", "Referrals"],
        [.. m.Distribution.Select(c => new[] { c.Label, N(c.Value) })],
        [$"Median: {N(m.MedianMinutes)} minutes", $"90th percentile: {N(m.P90Minutes)} minutes"],
        m.MedianMinutes is { } median ? $"Median {N(median)} minutes to first care contact" : "No 2-hour referrals with a first care contact",
        m.Distribution.Sum(c => c.Value));

    private static MeasureView TwoHourBreakdown(ResponseMeasure m) => new(
        MeasureDefinitions.TwoHourBreakdown,
        new ChartSpec("bar", "2-hour referrals reached within 2 hours, by referral source", [.. m.BySource.Select(r => r.Label)],
            [new ChartSeries("Reached within 2 hours", [.. m.BySource.Select(r => r.Percent ?? 0)])], Unit: "%", YMax: 100),
        ["Split by", "Value", "Referrals with first contact", "Within 2 hours", "%"],
        [.. Split("locality", m.ByLocality), .. Split("team", m.ByTeam), .. Split("referral source", m.BySource), .. Split("presenting need", m.ByNeed)],
        [],
        m.Headline.Counted == 0 ? "No 2-hour referrals with a first care contact"
            : $"Split {Plural(m.ByLocality.Count, "locality", "localities")}, {Plural(m.ByTeam.Count, "team", "teams")}, {Plural(m.BySource.Count, "source", "sources")} and {Plural(m.ByNeed.Count, "need", "needs")}",
        m.Headline.Counted);

    private static IEnumerable<string[]> Split(string by, IReadOnlyList<Rate> rates) => rates.Select(r => (string[])[by, .. RateRow(r)]);

    private static MeasureView TwoDay(ResponseMeasure m) => new(
        MeasureDefinitions.TwoDay,
        new ChartSpec("line", "2-day reablement referrals started within 2 days, by month", [.. m.Trend.Select(r => r.Label)],
            [new ChartSeries("Started within 2 days", [.. m.Trend.Select(r => r.Percent ?? 0)])], Unit: "%", YMax: 100),
        ["Month", "Referrals with first contact", "Within 2 days", "%"],
        [.. m.Trend.Select(RateRow), RateRow(m.Headline with { Label = "Whole period" })],
        [$"2-day referrals: {m.Referrals}", $"Closed before first contact: {m.ClosedBeforeContact}", $"Awaiting first contact: {m.AwaitingContact}",
         $"Median: {N(m.MedianMinutes / 60)} hours"],
        RateHeadline(m.Headline, "started within 2 days", "No 2-day referrals with a first care contact"), m.Headline.Counted);

    private static MeasureView TimeToAssessment(IReadOnlyList<DurationSummary> rows) => new(
        MeasureDefinitions.TimeToAssessment,
        new ChartSpec("bar", "Median hours from referral to trusted assessment, by response standard", [.. rows.Select(r => r.Label)],
            [new ChartSeries("Median hours", [.. rows.Select(r => r.MedianHours ?? 0)]), new ChartSeries("90th percentile hours", [.. rows.Select(r => r.P90Hours ?? 0)])], Unit: " h"),
        ["Response standard", "Assessed", "Median hours", "90th percentile hours"],
        [.. rows.Select(r => new[] { r.Label, N(r.Counted), N(r.MedianHours), N(r.P90Hours) })],
        [],
        rows.FirstOrDefault(r => r.MedianHours is not null) is { } first ? $"Median {N(first.MedianHours)} hours for the {first.Label} standard" : "No completed trusted assessments",
        rows.Sum(r => r.Counted));

    private static MeasureView AssessmentReview(AssessmentReview a) => new(
        MeasureDefinitions.AssessmentReview,
        a.Accepted + a.Challenged == 0 ? null : new ChartSpec("doughnut", "Trusted assessments accepted and challenged", ["accepted", "challenged"],
            [new ChartSeries("Assessments", [a.Accepted, a.Challenged])]),
        ["Measure", "Count"],
        [["trusted assessments completed", N(a.Assessed)], ["accepted", N(a.Accepted)], ["challenged", N(a.Challenged)]],
        a.Accepted + a.Challenged == 0 ? ["No accept or challenge decisions are recorded for this selection."] : [],
        a.Assessed == 0 ? "No completed trusted assessments" : $"{N(a.Accepted)} accepted and {N(a.Challenged)} challenged of {Plural(a.Assessed, "assessment", "assessments")}",
        a.Assessed);

    private static MeasureView Mdt(MdtMeasure m) => new(
        MeasureDefinitions.Mdt,
        new ChartSpec("bar", "Cases selected for MDT review, by reason", [.. m.ByReason.Select(c => c.Label)],
            [new ChartSeries("Cases", [.. m.ByReason.Select(c => (double)c.Value)])]),
        ["Measure", "Value"],
        [
            ["selected for MDT review", N(m.Selected)], ["reviewed", N(m.Reviewed)],
            ["median hours from selection to review", N(m.MedianHoursToReview)], ["review window passed (overdue alert)", N(m.Overdue)],
            ["person present or consulted (% of reviews)", N(m.PersonInvolved.Percent)],
            ["carer present or consulted (% of reviews where the person has carers)", N(m.CarerInvolved.Percent)],
            ["positive risk-taking (risk accepted with the person)", N(m.PositiveRiskRecorded)],
            .. m.ByReason.Select(c => new[] { $"selected: {c.Label}", N(c.Value) }),
        ],
        [],
        m.Selected == 0 ? "No cases selected for MDT review" : $"{N(m.Reviewed)} of {Plural(m.Selected, "case", "cases")} reviewed; {N(m.Overdue)} overdue",
        m.Selected);

    private static MeasureView Handovers(HandoverMeasure h) => new(
        MeasureDefinitions.Handovers,
        new ChartSpec("bar", "Handover declines by reason", [.. h.DeclineReasons.Select(c => c.Label)],
            [new ChartSeries("Declines", [.. h.DeclineReasons.Select(c => (double)c.Value)])]),
        ["Measure", "Value"],
        [
            ["handovers requested", N(h.Requested)], ["accepted", N(h.Accepted)],
            ["median hours to acceptance", N(h.MedianHoursToAcceptance)], ["90th percentile hours to acceptance", N(h.P90HoursToAcceptance)],
            ["cases with a decline", N(h.CasesWithDecline)], ["declines", N(h.Declines)], ["accepted after a decline", N(h.AcceptedAfterDecline)],
            ["escalated (acceptance window passed)", N(h.Escalated)],
            .. h.DeclineReasons.Select(c => new[] { $"declined: {c.Label}", N(c.Value) }),
        ],
        [],
        h.Requested == 0 ? "No handovers requested" : $"{N(h.Accepted)} of {Plural(h.Requested, "handover", "handovers")} accepted; {Plural(h.Declines, "decline", "declines")}",
        h.Requested);

    private static MeasureView Outcomes(MeasureDefinition definition, string dimension, OutcomeBreakdown b) => new(
        definition,
        new ChartSpec("stacked-bar", $"{definition.Title}: closed cases", [.. b.Rows.Select(r => r.Label)],
            [.. b.Outcomes.Select((o, i) => new ChartSeries(o, [.. b.Rows.Select(r => (double)r.Counts[i])]))]),
        [dimension, .. b.Outcomes, "Total"],
        [.. b.Rows.Select(r => (string[])[r.Label, .. r.Counts.Select(N), N(r.Total)])],
        [],
        b.Rows.Sum(r => r.Total) is var closed and > 0 ? $"{Plural(closed, "closed case", "closed cases")}{MostCommon(b)}" : "No closed cases",
        b.Rows.Sum(r => r.Total));

    private static MeasureView Workload(IReadOnlyList<WorkloadRow> rows)
    {
        var roles = rows.GroupBy(r => r.Role).Select(g => (Role: g.Key, Open: g.Sum(r => r.Open), Overdue: g.Sum(r => r.Overdue))).ToList();
        return new MeasureView(
            MeasureDefinitions.Workload,
            new ChartSpec("stacked-bar", "Open tasks by role, on time and overdue", [.. roles.Select(r => StaffRoles.NameOf(r.Role))],
                [new ChartSeries("on time", [.. roles.Select(r => (double)(r.Open - r.Overdue))]), new ChartSeries("overdue", [.. roles.Select(r => (double)r.Overdue)])]),
            ["Role", "Team", "Open", "Overdue"],
            [.. rows.Select(r => new[] { StaffRoles.NameOf(r.Role), r.Team.Length == 0 ? "not recorded" : r.Team, N(r.Open), N(r.Overdue) })],
            [],
            rows.Sum(r => r.Open) is var open and > 0 ? $"{Plural(open, "open task", "open tasks")}, {N(rows.Sum(r => r.Overdue))} overdue" : "No open tasks",
            rows.Sum(r => r.Open));
    }
}
