using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Measures.Storage;
using Pathway.Runtime.Storage;

namespace Pathway.Measures.Queries;

/// <summary>The dashboard: every measure for a filter, from the measure rows (and, for workload, the live worklist).</summary>
public sealed class MeasuresQuery(MeasuresDbContext measures, PathwayDbContext engine, TimeProvider clock)
{
    /// <summary>The outcomes a case closes with, in the order the page lists them; others follow.</summary>
    public static readonly IReadOnlyList<string> KnownOutcomes =
        ["admission-avoided", "admitted", "died-in-preferred-place", "referred-on", "declined-by-person", "redirected", "cancelled"];

    /// <summary>The period a filter covers: as given, else the year up to the latest referral on record.</summary>
    public Task<(DateOnly From, DateOnly To)> ResolvePeriodAsync(MeasureFilter filter, CancellationToken cancellationToken) =>
        new MeasureScan(measures).ResolvePeriodAsync(filter, cancellationToken);

    public async Task<Dashboard> GetAsync(MeasureFilter filter, CancellationToken cancellationToken)
    {
        var scan = new MeasureScan(measures);
        var (from, to) = await scan.ResolvePeriodAsync(filter, cancellationToken);
        var rows = await scan.ReadAsync(filter, from, to, cancellationToken);
        var reasons = await scan.DeclineReasonsAsync(filter, from, to, cancellationToken);
        var dimensions = await scan.DimensionsAsync(cancellationToken);
        return new Dashboard(
            filter, from, to, rows.Count,
            Response(rows, ResponseStandards.TwoHour, ResponseStandards.TwoHourMinutes, TwoHourBins),
            Response(rows, ResponseStandards.TwoDay, ResponseStandards.TwoDayMinutes, TwoDayBins),
            TimeToAssessment(rows),
            new AssessmentReview(rows.Count(r => r.AssessmentCompletedAt is not null), rows.Sum(r => r.AssessmentsAccepted), rows.Sum(r => r.AssessmentsChallenged)),
            Mdt(rows),
            Handover(rows, reasons),
            Outcomes(rows, r => r.Need),
            Outcomes(rows, r => r.Source),
            await WorkloadAsync(filter, cancellationToken),
            dimensions);
    }

    private static readonly (string Label, double UpTo)[] TwoHourBins =
        [("under 30 min", 30), ("30-60 min", 60), ("60-90 min", 90), ("90-120 min", 120), ("2-3 h", 180), ("3-4 h", 240), ("4-8 h", 480), ("over 8 h", double.MaxValue)];

    private static readonly (string Label, double UpTo)[] TwoDayBins =
        [("under 4 h", 240), ("4-12 h", 720), ("12-24 h", 1440), ("1-2 days", 2880), ("2-3 days", 4320), ("over 3 days", double.MaxValue)];

    private static ResponseMeasure Response(List<MeasureRow> all, string standard, double limit, (string Label, double UpTo)[] bins)
    {
        // Referrals sent out of community care (999/ED) are not the service's to reach.
        var referrals = all.Where(r => r.Standard == standard && !r.OutsideCommunityCare).ToList();
        var counted = referrals.Where(r => r.ResponseMinutes is not null).ToList();
        Rate RateOf(string label, IEnumerable<MeasureRow> rows)
        {
            int n = 0, met = 0;
            foreach (var row in rows)
            {
                n++;
                if (row.ResponseMinutes <= limit)
                    met++;
            }
            return new Rate(label, n, met);
        }
        List<Rate> By(Func<MeasureRow, string> key) =>
            [.. counted.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => RateOf(g.Key.Length == 0 ? "not recorded" : g.Key, g))];
        var minutes = counted.Select(r => r.ResponseMinutes!.Value).ToList();
        var distribution = bins.Select(b => new Count(b.Label, 0)).ToArray();
        foreach (var value in minutes)
        {
            var i = Array.FindIndex(bins, b => value <= b.UpTo);
            distribution[i] = distribution[i] with { Value = distribution[i].Value + 1 };
        }
        return new ResponseMeasure(
            referrals.Count,
            RateOf("all", counted),
            [.. counted.GroupBy(r => r.ReferredMonth).OrderBy(g => g.Key).Select(g => RateOf(MonthLabel(g.Key), g))],
            RateOf("in hours (08:00-20:00)", counted.Where(r => !r.OutOfHours)),
            RateOf("out of hours", counted.Where(r => r.OutOfHours)),
            referrals.Count(r => r.ResponseMinutes is null && r.EndedAt is not null),
            referrals.Count(r => r.ResponseMinutes is null && r.EndedAt is null),
            distribution,
            Stats.Percentile(minutes, 50),
            Stats.Percentile(minutes, 90),
            By(r => r.Locality), By(r => r.Team), By(r => r.Source), By(r => r.Need));
    }

    private static List<DurationSummary> TimeToAssessment(List<MeasureRow> rows) =>
        [.. new[] { ResponseStandards.TwoHour, ResponseStandards.TwoDay, ResponseStandards.Routine }.Select(standard =>
        {
            var hours = rows.Where(r => r.Standard == standard && !r.OutsideCommunityCare && r.AssessmentCompletedAt is not null)
                .Select(r => Stats.Hours(r.ReferredAt, r.AssessmentCompletedAt!.Value)).ToList();
            return new DurationSummary(standard, hours.Count, Stats.Percentile(hours, 50), Stats.Percentile(hours, 90));
        })];

    private static MdtMeasure Mdt(List<MeasureRow> rows)
    {
        var selected = rows.Where(r => r.MdtSelectedAt is not null).ToList();
        var reviewed = selected.Where(r => r.MdtReviewedAt is not null).ToList();
        var person = reviewed.Where(r => r.MdtPersonInvolved is not null).ToList();
        var carer = reviewed.Where(r => r.MdtCarerInvolved is not null).ToList();
        return new MdtMeasure(
            selected.Count, reviewed.Count,
            Stats.Percentile([.. reviewed.Select(r => Stats.Hours(r.MdtSelectedAt!.Value, r.MdtReviewedAt!.Value))], 50),
            selected.Count(r => r.MdtOverdue),
            new Rate("person involved", person.Count, person.Count(r => r.MdtPersonInvolved == true)),
            new Rate("carer involved", carer.Count, carer.Count(r => r.MdtCarerInvolved == true)),
            reviewed.Count(r => r.MdtPositiveRisk),
            [.. selected.GroupBy(r => r.MdtReason ?? "not recorded").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => new Count(g.Key, g.Count()))]);
    }

    private static HandoverMeasure Handover(List<MeasureRow> rows, List<Count> reasons)
    {
        var requested = rows.Where(r => r.HandoverRequestedAt is not null).ToList();
        var accepted = requested.Where(r => r.HandoverAcceptedAt is not null).ToList();
        var hours = accepted.Select(r => Stats.Hours(r.HandoverRequestedAt!.Value, r.HandoverAcceptedAt!.Value)).ToList();
        return new HandoverMeasure(
            requested.Count, accepted.Count,
            Stats.Percentile(hours, 50), Stats.Percentile(hours, 90),
            requested.Count(r => r.HandoverDeclines > 0),
            requested.Sum(r => r.HandoverDeclines),
            accepted.Count(r => r.HandoverDeclines > 0),
            requested.Count(r => r.HandoverEscalated),
            reasons);
    }

    private static OutcomeBreakdown Outcomes(List<MeasureRow> rows, Func<MeasureRow, string> dimension)
    {
        var ended = rows.Where(r => r.Ending is not null).ToList();
        var outcomes = KnownOutcomes.Where(o => ended.Any(r => r.Ending == o))
            .Concat(ended.Select(r => r.Ending!).Where(o => !KnownOutcomes.Contains(o)).Distinct().Order(StringComparer.Ordinal))
            .ToList();
        var table = ended.GroupBy(r => dimension(r) is { Length: > 0 } key ? key : "not recorded")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OutcomeRow(g.Key, [.. outcomes.Select(o => g.Count(r => r.Ending == o))]))
            .ToList();
        return new OutcomeBreakdown(outcomes, table);
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
