using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Measures.Projection;
using Pathway.Measures.Rollup;
using Pathway.Measures.Storage;
using Pathway.Runtime.Storage;

namespace Pathway.Measures.Queries;

/// <summary>The dashboard: every measure for a filter, summed from the rollup (and, for workload, the live worklist).</summary>
public sealed class MeasuresQuery(MeasuresDbContext measures, PathwayDbContext engine, TimeProvider clock)
{
    /// <summary>The outcomes a case closes with, in the order the page lists them; others follow.</summary>
    public static readonly IReadOnlyList<string> KnownOutcomes =
        [.. Pathway.Engine.Vocabulary.ClosureOutcomes.Ids, CaseMeasureFolder.Redirected, CaseMeasureFolder.Cancelled];

    /// <summary>The period a filter covers: as given, else the year up to the latest referral on record.</summary>
    public Task<(DateOnly From, DateOnly To)> ResolvePeriodAsync(MeasureFilter filter, CancellationToken cancellationToken) =>
        new MeasureScan(measures).ResolvePeriodAsync(filter, cancellationToken);

    public async Task<Dashboard> GetAsync(MeasureFilter filter, CancellationToken cancellationToken)
    {
        var scan = new MeasureScan(measures);
        var (from, to) = await scan.ResolvePeriodAsync(filter, cancellationToken);
        var totals = new DashboardTotals();
        foreach (var (key, tally) in await scan.ReadTalliesAsync(filter, from, to, cancellationToken))
            totals.Add(key, tally);
        var dimensions = await scan.DimensionsAsync(cancellationToken);
        var all = totals.All();
        return new Dashboard(
            filter, from, to, all[TallyCounter.Referrals],
            Response(totals, ResponseStandards.TwoHour),
            Response(totals, ResponseStandards.TwoDay),
            TimeToAssessment(totals),
            new AssessmentReview(all[TallyCounter.Assessed], all[TallyCounter.AssessmentsAccepted], all[TallyCounter.AssessmentsChallenged]),
            Mdt(all),
            Handover(all),
            Outcomes(totals.EndingsByNeed),
            Outcomes(totals.EndingsBySource),
            await WorkloadAsync(filter, cancellationToken),
            dimensions);
    }

    private static ResponseMeasure Response(DashboardTotals totals, string standard)
    {
        var tally = totals.For(standard);
        var minutes = tally.Histogram(TallyHistogram.ResponseMinutes);
        var bins = ResponseStandards.Bins(standard);
        List<Rate> By(DashboardTotals.Dimension dimension) =>
            [.. totals.Split.Where(s => s.Key.Standard == standard && s.Key.Dimension == dimension)
                .OrderBy(s => s.Key.Value, StringComparer.Ordinal)
                .Select(s => new Rate(s.Key.Value.Length == 0 ? CaseTally.NotRecorded : s.Key.Value, s.Value.Counted, s.Value.Met))];
        int counted = tally[TallyCounter.ResponseCounted], met = tally[TallyCounter.ResponseMet];
        int countedOutOfHours = tally[TallyCounter.ResponseCountedOutOfHours], metOutOfHours = tally[TallyCounter.ResponseMetOutOfHours];
        return new ResponseMeasure(
            tally[TallyCounter.ResponseReferrals],
            new Rate("all", counted, met),
            [.. totals.Trend.Where(t => t.Key.Standard == standard).OrderBy(t => t.Key.Month).Select(t => new Rate(MonthLabel(t.Key.Month), t.Value.Counted, t.Value.Met))],
            new Rate("in hours (08:00-20:00)", counted - countedOutOfHours, met - metOutOfHours),
            new Rate("out of hours", countedOutOfHours, metOutOfHours),
            tally[TallyCounter.ClosedBeforeContact],
            tally[TallyCounter.AwaitingContact],
            [.. bins.Select((b, i) => new Count(b.Label, tally.Distribution[i]))],
            Stats.Percentile(minutes, 50),
            Stats.Percentile(minutes, 90),
            By(DashboardTotals.Dimension.Locality), By(DashboardTotals.Dimension.Team), By(DashboardTotals.Dimension.Source), By(DashboardTotals.Dimension.Need));
    }

    private static List<DurationSummary> TimeToAssessment(DashboardTotals totals) =>
        [.. new[] { ResponseStandards.TwoHour, ResponseStandards.TwoDay, ResponseStandards.Routine }.Select(standard =>
        {
            var hours = totals.For(standard).Histogram(TallyHistogram.AssessmentHours);
            return new DurationSummary(standard, Stats.Count(hours), Stats.Percentile(hours, 50), Stats.Percentile(hours, 90));
        })];

    private static MdtMeasure Mdt(MeasureTally all) => new(
        all[TallyCounter.MdtSelected], all[TallyCounter.MdtReviewed],
        Stats.Percentile(all.Histogram(TallyHistogram.MdtReviewHours), 50),
        all[TallyCounter.MdtOverdue],
        new Rate("person involved", all[TallyCounter.MdtPersonCounted], all[TallyCounter.MdtPersonInvolved]),
        new Rate("carer involved", all[TallyCounter.MdtCarerCounted], all[TallyCounter.MdtCarerInvolved]),
        all[TallyCounter.MdtPositiveRisk],
        [.. all.Labels(TallyLabel.MdtReason).OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => new Count(r.Key, r.Value))]);

    private static HandoverMeasure Handover(MeasureTally all)
    {
        var hours = all.Histogram(TallyHistogram.HandoverHours);
        return new HandoverMeasure(
            all[TallyCounter.HandoverRequested], all[TallyCounter.HandoverAccepted],
            Stats.Percentile(hours, 50), Stats.Percentile(hours, 90),
            all[TallyCounter.HandoverCasesWithDecline], all[TallyCounter.HandoverDeclines],
            all[TallyCounter.HandoverAcceptedAfterDecline], all[TallyCounter.HandoverEscalated],
            [.. all.Labels(TallyLabel.DeclineReason).OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => new Count(r.Key, r.Value))]);
    }

    private static OutcomeBreakdown Outcomes(Dictionary<string, Dictionary<string, int>> endings)
    {
        var seen = endings.Values.SelectMany(e => e.Keys).ToHashSet(StringComparer.Ordinal);
        var outcomes = KnownOutcomes.Where(seen.Contains)
            .Concat(seen.Where(o => !KnownOutcomes.Contains(o)).Order(StringComparer.Ordinal))
            .ToList();
        var rows = endings
            .GroupBy(e => e.Key.Length == 0 ? CaseTally.NotRecorded : e.Key, e => e.Value)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OutcomeRow(g.Key, [.. outcomes.Select(o => g.Sum(e => e.GetValueOrDefault(o)))]))
            .ToList();
        return new OutcomeBreakdown(outcomes, rows);
    }

    /// <summary>Workload is now, not a period: open tasks on the live worklist, and those past their due time.</summary>
    private async Task<List<WorkloadRow>> WorkloadAsync(MeasureFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = engine.WorkTasks.AsNoTracking().Where(t => t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress);
        if (!string.IsNullOrEmpty(filter.Locality))
            open = open.Where(t => t.Locality == filter.Locality);
        if (!string.IsNullOrEmpty(filter.Team))
            open = open.Where(t => t.Team == filter.Team);
        var groups = await open
            .GroupBy(t => new { t.Role, t.Team })
            .Select(g => new { g.Key.Role, g.Key.Team, Open = g.Count(), Overdue = g.Count(t => t.DueAt != null && t.DueAt < now) })
            .ToListAsync(cancellationToken);
        return [.. groups.OrderBy(g => g.Role, StringComparer.Ordinal).ThenBy(g => g.Team, StringComparer.Ordinal)
            .Select(g => new WorkloadRow(g.Role, g.Team ?? "", g.Open, g.Overdue))];
    }

    internal static string MonthLabel(int month) =>
        new DateOnly(month / 100, month % 100, 1).ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
