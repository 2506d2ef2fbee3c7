using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pathway.Testing;

/// <summary>
/// Asks SQLite for its plan of every query a context runs, just before it runs, with its
/// parameters: whether a screen or look-up reaches its rows through the index meant for it.
/// Only a single SELECT is explained: SQLite would explain the first statement of a batch and run the rest.
/// </summary>
public sealed class QueryPlans : DbCommandInterceptor
{
    public List<(string Sql, List<string> Steps)> Recorded { get; } = [];

    /// <summary>The plans of the queries whose SQL contains <paramref name="fragment"/>, each plan's steps joined.</summary>
    public IEnumerable<string> Of(string fragment) =>
        Recorded.Where(r => r.Sql.Contains(fragment, StringComparison.Ordinal)).Select(r => string.Join(" | ", r.Steps));

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (!command.CommandText.StartsWith("SELECT", StringComparison.Ordinal) || command.CommandText.Contains(';', StringComparison.Ordinal))
            return result;
        await using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        foreach (SqliteParameter parameter in command.Parameters)
            explain.Parameters.Add(new SqliteParameter(parameter.ParameterName, parameter.Value));
        var steps = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                steps.Add(reader.GetString(3));
        }
        Recorded.Add((command.CommandText, steps));
        return result;
    }
}
