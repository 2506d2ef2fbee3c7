using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Time;
using Pathway.Measures.Rollup;
using Pathway.Measures.Storage;

namespace Pathway.Measures.Queries;

/// <summary>The reads behind the dashboard: its period, the tallies a filter covers and the filter choices.</summary>
internal sealed class MeasureScan(MeasuresDbContext db)
{
    public async Task<(DateOnly From, DateOnly To)> ResolvePeriodAsync(MeasureFilter filter, CancellationToken cancellationToken)
    {
        if (filter.From is { } from && filter.To is { } to)
            return (from, to);
        var latest = filter.Locality is { } locality
            ? await db.Cases.Where(c => c.Locality == locality).MaxAsync(c => (DateTimeOffset?)c.ReferredAt, cancellationToken)
            : await db.Cases.MaxAsync(c => (DateTimeOffset?)c.ReferredAt, cancellationToken);
        var end = filter.To ?? (latest is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, ServiceTimeZone.UnitedKingdom).Date) : DateOnly.FromDateTime(DateTime.UnixEpoch));
        return (filter.From ?? end.AddYears(-1).AddDays(1), end);
    }

    /// <summary>
    /// The tallies a filter covers: rollup cells for the whole months of the period, and single
    /// cases for the days at either end that do not fill a month (a year to a given day starts
    /// and ends mid-month). Both are the same tallies, so the sum is as if every case were read.
    /// </summary>
    public async Task<List<(RollupKey Key, MeasureTally Tally)>> ReadTalliesAsync(MeasureFilter filter, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var firstWhole = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var lastWhole = to.AddDays(1).Day == 1 ? new DateOnly(to.Year, to.Month, 1) : new DateOnly(to.Year, to.Month, 1).AddMonths(-1);
        var tallies = new List<(RollupKey, MeasureTally)>();
        var (start, end) = Bounds(from, to);
        if (firstWhole > lastWhole)
        {
            await AddCasesAsync(tallies, filter, start, end, cancellationToken);
            return tallies;
        }
        var (wholeStart, wholeEnd) = Bounds(firstWhole, lastWhole.AddMonths(1).AddDays(-1));
        var cells = Filtered(db.Rollup.AsNoTracking(), filter).Where(c => c.Month >= Month(firstWhole) && c.Month <= Month(lastWhole));
        foreach (var cell in await cells.ToListAsync(cancellationToken))
            tallies.Add((cell.Key, MeasureTally.Deserialize(cell.Tally)));
        // Two index ranges on the referral time, so the whole months' cases are never touched.
        await AddCasesAsync(tallies, filter, start, wholeStart, cancellationToken);
        await AddCasesAsync(tallies, filter, wholeEnd, end, cancellationToken);
        return tallies;
    }

    private async Task AddCasesAsync(List<(RollupKey, MeasureTally)> tallies, MeasureFilter filter, long fromTicks, long toTicks, CancellationToken cancellationToken)
    {
        if (fromTicks >= toTicks)
            return;
        var cases = Filtered(db.Cases.AsNoTracking(), filter)
            .Where(c => c.ReferredAt >= new DateTimeOffset(fromTicks, TimeSpan.Zero) && c.ReferredAt < new DateTimeOffset(toTicks, TimeSpan.Zero));
        var declines = (await cases.Where(c => c.HandoverDeclines > 0)
                .Join(db.HandoverDeclines, c => c.CaseId, d => d.CaseId, (c, d) => new { d.CaseId, d.Reason })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.CaseId, d => d.Reason);
        var byKey = new Dictionary<RollupKey, MeasureTally>();
        foreach (var row in await cases.ToListAsync(cancellationToken))
        {
            var key = CaseTally.KeyOf(row);
            if (!byKey.TryGetValue(key, out var tally))
                byKey[key] = tally = new MeasureTally();
            CaseTally.AddTo(tally, row, declines[row.CaseId]);
        }
        tallies.AddRange(byKey.Select(k => (k.Key, k.Value)));
    }

    /// <summary>The values a filter can take, from the projection's small dimension table rather than a scan of every case.</summary>
    public async Task<DimensionValues> DimensionsAsync(CancellationToken cancellationToken)
    {
        var values = await db.Dimensions.AsNoTracking().Where(d => d.Value != "").ToListAsync(cancellationToken);
        List<string> Of(string dimension) => [.. values.Where(v => v.Dimension == dimension).Select(v => v.Value).Order(StringComparer.Ordinal)];
        return new DimensionValues(Of(DimensionRecord.Locality), Of(DimensionRecord.Team), Of(DimensionRecord.Source), Of(DimensionRecord.Need));
    }

    /// <summary>UK-local dates to the UTC instants that bound them: [from 00:00, the day after to 00:00).</summary>
    public static (long From, long To) Bounds(DateOnly from, DateOnly to)
    {
        var uk = ServiceTimeZone.UnitedKingdom;
        var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), uk);
        var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), uk);
        return (start.Ticks, end.Ticks);
    }

    private static int Month(DateOnly day) => day.Year * 100 + day.Month;

    private static IQueryable<RollupCellRecord> Filtered(IQueryable<RollupCellRecord> cells, MeasureFilter filter)
    {
        if (!string.IsNullOrEmpty(filter.Locality)) cells = cells.Where(c => c.Locality == filter.Locality);
        if (!string.IsNullOrEmpty(filter.Team)) cells = cells.Where(c => c.Team == filter.Team);
        if (!string.IsNullOrEmpty(filter.Source)) cells = cells.Where(c => c.Source == filter.Source);
        if (!string.IsNullOrEmpty(filter.Need)) cells = cells.Where(c => c.Need == filter.Need);
        return cells;
    }

    private static IQueryable<CaseMeasureRecord> Filtered(IQueryable<CaseMeasureRecord> cases, MeasureFilter filter)
    {
        if (!string.IsNullOrEmpty(filter.Locality)) cases = cases.Where(c => c.Locality == filter.Locality);
        if (!string.IsNullOrEmpty(filter.Team)) cases = cases.Where(c => c.Team == filter.Team);
        if (!string.IsNullOrEmpty(filter.Source)) cases = cases.Where(c => c.Source == filter.Source);
        if (!string.IsNullOrEmpty(filter.Need)) cases = cases.Where(c => c.Need == filter.Need);
        return cases;
    }
}
