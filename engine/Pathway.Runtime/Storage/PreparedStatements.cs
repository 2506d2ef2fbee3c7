using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pathway.Runtime.Storage;

/// <summary>
/// The write path's statements, read from the EF model once per entity. On SQLite, which runs in
/// the process, each is prepared once per connection (the group-commit writer keeps one open) and
/// run again per row, bound by position: no parsing, no reader, no parameter objects. PostgreSQL
/// pays a round trip per statement, so it gets one multi-row INSERT per table instead.
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
            var statement = SqliteStatements.Of(sqlite).Prepare(plan.InsertOne);
            foreach (var row in rows)
                statement.Run(plan.Columns, row);
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
    /// Writes every column of <paramref name="row"/> by its key, if its version still holds
    /// <paramref name="expected"/> (for an entity with a version); the rows changed (0 or 1).
    /// </summary>
    public Task<int> UpdateAsync(IEntityType entity, object row, object? expected, CancellationToken cancellationToken) =>
        RunAsync(StatementPlan.For(entity).Update, row, expected, cancellationToken);

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

/// <summary>An entity's table and columns, with their type mappings, and the SQL the write path runs on it.</summary>
internal sealed class StatementPlan
{
    private static readonly ConcurrentDictionary<IEntityType, StatementPlan> Plans = new();
    private ByKey? _update;
    private ByKey? _delete;
    private readonly IEntityType _entity;
    private readonly StoreObjectIdentifier _table;

    private StatementPlan(IEntityType entity)
    {
        _entity = entity;
        _table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Columns the store generates (identity keys) are left to it.
        Columns = [.. entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).Select(ColumnOf)];
        InsertPrefix = $"INSERT INTO \"{_table.Name}\" ({string.Join(", ", Columns.Select(c => Quote(c.Property)))}) VALUES ";
        InsertOne = InsertPrefix + "(" + string.Join(", ", Columns.Select((_, c) => PreparedStatements.Name(0, c))) + ")";
    }

    public Column[] Columns { get; }

    public string InsertPrefix { get; }

    public string InsertOne { get; }

    public static StatementPlan For(IEntityType entity) => Plans.GetOrAdd(entity, static e => new StatementPlan(e));

    /// <summary>UPDATE of every column by the key (and the version, if the entity has one): the columns bound in order, then the version's expected value.</summary>
    public ByKey Update => _update ??= ByKeyStatement(set => $"UPDATE \"{_table.Name}\" SET {string.Join(", ", set.Select((c, i) => $"{Quote(c.Property)} = {PreparedStatements.Name(0, i)}"))}", withSet: true);

    /// <summary>DELETE by the key (and the version, if the entity has one).</summary>
    public ByKey Delete => _delete ??= ByKeyStatement(_ => $"DELETE FROM \"{_table.Name}\"", withSet: false);

    private ByKey ByKeyStatement(Func<Column[], string> head, bool withSet)
    {
        Column[] set = withSet ? [.. _entity.GetProperties().Where(p => !p.IsPrimaryKey()).Select(ColumnOf)] : [];
        var keys = _entity.FindPrimaryKey()!.Properties.Select(ColumnOf).ToArray();
        Column[] bound = [.. set, .. keys];
        var version = _entity.GetProperties().SingleOrDefault(p => p.IsConcurrencyToken) is { } token ? ColumnOf(token) : null;
        var where = keys.Select((c, i) => $"{Quote(c.Property)} = {PreparedStatements.Name(0, set.Length + i)}");
        if (version is not null)
            where = where.Append($"{Quote(version.Property)} = {PreparedStatements.Name(0, bound.Length)}");
        return new ByKey($"{head(set)} WHERE {string.Join(" AND ", where)}", bound, version);
    }

    private static Column ColumnOf(IProperty property) =>
        new(property, (RelationalTypeMapping)property.GetTypeMapping(), property.GetGetter());

    private string Quote(IProperty property) => $"\"{property.GetColumnName(_table)}\"";

    /// <summary>A statement on one row by its key: its SQL, the row's columns it binds in order, and the version it checks after them (if any).</summary>
    public sealed record ByKey(string Sql, Column[] Columns, Column? Version);

    public sealed record Column(IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
    {
        public object? Value(object row) => Getter.GetClrValueUsingContainingEntity(row);

        /// <summary>The value as the database stores it, after the property's converter (enums as text, instants as ticks).</summary>
        public object? Stored(object? value) => value is null || Mapping.Converter is not { } converter ? value : converter.ConvertToProvider(value);
    }
}
