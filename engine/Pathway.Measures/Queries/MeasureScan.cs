using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Time;
using Pathway.Measures.Rollup;
using Pathway.Measures.Storage;

namespace Pathway.Measures.Queries;

/// <summary>The reads behind the dashboard: its period, the tallies a filter covers, the decline reasons and the filter choices.</summary>
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
        var firstWhole = from.Day == 1 ? Month(from) : Month(from.AddMonths(1));
        var lastWhole = to.AddDays(1).Day == 1 ? Month(to) : Month(to.AddMonths(-1));
        var tallies = new List<(RollupKey, MeasureTally)>();
        var cells = Filtered(db.Rollup.AsNoTracking(), filter).Where(c => c.Month >= firstWhole && c.Month <= lastWhole);
        foreach (var cell in await cells.ToListAsync(cancellationToken))
            tallies.Add((cell.Key, MeasureTally.Deserialize(cell.Tally)));

        var (start, end) = Bounds(from, to);
        var edges = Filtered(db.Cases.AsNoTracking(), filter)
            .Where(c => c.ReferredAt >= new DateTimeOffset(start, TimeSpan.Zero) && c.ReferredAt < new DateTimeOffset(end, TimeSpan.Zero))
            .Where(c => c.ReferredMonth < firstWhole || c.ReferredMonth > lastWhole);
        foreach (var row in await edges.ToListAsync(cancellationToken))
            tallies.Add((CaseTally.KeyOf(row), CaseTally.Of(row)));
        return tallies;
    }

    public async Task<List<Count>> DeclineReasonsAsync(MeasureFilter filter, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var counts = new List<Count>();
        await using var command = await CommandAsync(
            "SELECT d.Reason, COUNT(*) FROM measure_handover_declines d JOIN measure_cases c ON c.CaseId = d.CaseId",
            filter, from, to, cancellationToken, suffix: " GROUP BY d.Reason ORDER BY COUNT(*) DESC, d.Reason");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            counts.Add(new Count(reader.GetString(0), reader.GetInt32(1)));
        return counts;
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

    private async Task<DbCommand> CommandAsync(string select, MeasureFilter filter, DateOnly? from, DateOnly? to, CancellationToken cancellationToken, string suffix = "")
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(cancellationToken);
        var command = connection.CreateCommand();
        var where = new List<string>();
        void Add(string clause, string name, object value)
        {
            where.Add(clause);
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        if (from is { } f && to is { } t)
        {
            var (start, end) = Bounds(f, t);
            Add("c.ReferredAt >= $from AND c.ReferredAt < $to", "$from", start);
            command.Parameters.Add(Parameter(command, "$to", end));
        }
        if (!string.IsNullOrEmpty(filter.Locality)) Add("c.Locality = $locality", "$locality", filter.Locality);
        if (!string.IsNullOrEmpty(filter.Team)) Add("c.Team = $team", "$team", filter.Team);
        if (!string.IsNullOrEmpty(filter.Source)) Add("c.Source = $source", "$source", filter.Source);
        if (!string.IsNullOrEmpty(filter.Need)) Add("c.Need = $need", "$need", filter.Need);
        command.CommandText = select + (where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where)) + suffix;
        return command;
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        return parameter;
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
