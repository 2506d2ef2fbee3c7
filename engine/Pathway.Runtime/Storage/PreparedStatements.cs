using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Pathway.Runtime.Storage;

/// <summary>
/// The write path's statements, read from the EF model once per entity. On SQLite, which runs in
/// the process, each is prepared once per connection (the group-commit writer keeps one open) and
/// run again, bound by position: no parsing, no reader, no parameter objects. A command's rows for
/// one table go in one multi-row INSERT on both stores: on SQLite one statement's work (and one
/// AUTOINCREMENT counter update) instead of one per row, on PostgreSQL one round trip.
/// </summary>
internal readonly struct PreparedStatements(DbConnection connection, DbTransaction transaction)
{
    // PostgreSQL allows 65,535 parameters in one statement.
    private const int MaxParameters = 30_000;

    public async Task InsertAsync(IEntityType entity, object[] rows, CancellationToken cancellationToken)
    {
        var plan = StatementPlan.For(entity);
        if (connection is SqliteConnection sqlite)
        {
            foreach (var chunk in rows.Chunk(StatementPlan.MaxRowsPerInsert))
                SqliteStatements.Of(sqlite).Prepare(plan.Insert(chunk.Length)).Run(plan.Columns, chunk);
            return;
        }
        foreach (var chunk in rows.Chunk(MaxParameters / plan.Columns.Length))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder(plan.InsertPrefix);
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (").AppendJoin(", ", Enumerable.Range(0, plan.Columns.Length).Select(c => Name(r, c))).Append(')');
                Bind(command, plan.Columns, chunk[r], r);
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Writes the changed columns of the tracked <paramref name="entry"/> by its key, if its version still
    /// holds <paramref name="expected"/> (for an entity with a version); the rows changed (0 or 1).
    /// </summary>
    public Task<int> UpdateAsync(EntityEntry entry, object? expected, CancellationToken cancellationToken) =>
        RunAsync(StatementPlan.For(entry.Metadata).Update(entry), entry.Entity, expected, cancellationToken);

    /// <summary>Deletes <paramref name="row"/> by its key, checked as <see cref="UpdateAsync"/> is; the rows deleted (0 or 1).</summary>
    public Task<int> DeleteAsync(IEntityType entity, object row, object? expected, CancellationToken cancellationToken) =>
        RunAsync(StatementPlan.For(entity).Delete, row, expected, cancellationToken);

    private async Task<int> RunAsync(StatementPlan.ByKey statement, object row, object? expected, CancellationToken cancellationToken)
    {
        if (connection is SqliteConnection sqlite)
            return SqliteStatements.Of(sqlite).Prepare(statement.Sql).Run(statement.Columns, row, statement.Version is { } v ? [(v, expected!)] : []);
        await using var command = connection.CreateCommand();
        command.CommandText = statement.Sql;
        command.Transaction = transaction;
        Bind(command, statement.Columns, row, 0);
        if (statement.Version is { } version)
            command.Parameters.Add(version.Mapping.CreateParameter(command, Name(0, statement.Columns.Length), expected, nullable: false));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Bind(DbCommand command, StatementPlan.Column[] columns, object row, int r)
    {
        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c];
            // The property's own type mapping makes each parameter, so converters (enums as text, instants as ticks) apply.
            command.Parameters.Add(column.Mapping.CreateParameter(command, Name(r, c), column.Value(row), column.Property.IsNullable));
        }
    }

    /// <summary>A parameter's name; SQLite also reads <c>@p0_n</c> as the n+1th parameter, in order of first appearance.</summary>
    internal static string Name(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"@p{row}_{column}");
}
