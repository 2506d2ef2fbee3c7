using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Time;
using Pathway.Measures.Storage;

namespace Pathway.Measures.Queries;

/// <summary>
/// One indexed range read of the measure rows a filter covers. The dashboard folds every
/// measure from this single pass: medians need the values anyway, and one pass over a year of
/// a large locality is cheaper than a dozen GROUP BYs.
/// </summary>
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

    public async Task<List<MeasureRow>> ReadAsync(MeasureFilter filter, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = new List<MeasureRow>();
        await using var command = await CommandAsync($"SELECT {MeasureRow.Columns} FROM measure_cases c", filter, from, to, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // Dimension values repeat on every row: share one string per value.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Text(int i) => reader.IsDBNull(i) ? "" : Intern(strings, reader.GetString(i));
        string? Maybe(int i) => reader.IsDBNull(i) ? null : Intern(strings, reader.GetString(i));
        long? Ticks(int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);
        bool? Flag(int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i) != 0;
        // Synchronous reads: SQLite's async read is the sync one wrapped, at a Task per row.
        while (reader.Read())
        {
            rows.Add(new MeasureRow(
                Text(0), Text(1), Text(2), Text(3),
                reader.GetInt64(4), reader.GetInt32(5), reader.GetInt64(6) != 0, Maybe(7), reader.GetInt64(8) != 0,
                Ticks(9), Ticks(10), reader.IsDBNull(11) ? null : reader.GetDouble(11),
                reader.GetInt32(12), reader.GetInt32(13),
                Ticks(14), Maybe(15), Ticks(16), Flag(17), Flag(18), reader.GetInt64(19) != 0, reader.GetInt64(20) != 0,
                Ticks(21), Ticks(22), reader.GetInt32(23), reader.GetInt64(24) != 0,
                Ticks(25), Maybe(26), Maybe(27)));
        }
        return rows;
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

    private static string Intern(Dictionary<string, string> strings, string value)
    {
        if (strings.TryGetValue(value, out var shared))
            return shared;
        strings[value] = value;
        return value;
    }
}
