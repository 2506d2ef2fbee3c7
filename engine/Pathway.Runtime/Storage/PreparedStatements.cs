using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pathway.Runtime.Storage;

/// <summary>
/// The write path's statements, read from the EF model once per entity and prepared once per
/// connection (the group-commit writer keeps one open), then run again with new values. SQLite
/// runs in the process: a prepared single-row INSERT run once per row costs no parsing, and binding
/// stays a handful of parameters. PostgreSQL pays a round trip per statement, so it gets one
/// multi-row INSERT per table instead.
/// </summary>
internal readonly struct PreparedStatements(DbConnection connection, DbTransaction transaction, bool multiRow)
{
    // PostgreSQL allows 65,535 parameters in one statement.
    private const int MaxParameters = 30_000;
    private static readonly ConditionalWeakTable<DbConnection, ConcurrentDictionary<string, DbCommand>> Prepared = [];

    public async Task InsertAsync(IEntityType entity, object[] rows, CancellationToken cancellationToken)
    {
        var plan = Plan.For(entity);
        if (!multiRow)
        {
            var command = Command(plan.InsertOne);
            foreach (var row in rows)
            {
                Bind(command, plan.Columns, row, 0);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
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

    /// <summary>Writes every column of <paramref name="row"/> by its key, if <paramref name="version"/> still holds <paramref name="expected"/>; the rows changed (0 or 1).</summary>
    public Task<int> UpdateAsync(IEntityType entity, object row, string version, object expected, CancellationToken cancellationToken)
    {
        var plan = Plan.For(entity);
        var (sql, columns, versionColumn) = plan.UpdateWhere(version);
        var command = multiRow ? connection.CreateCommand() : Command(sql);
        command.CommandText = sql;
        command.Transaction = transaction;
        Bind(command, columns, row, 0);
        command.Parameters.Add(versionColumn.Mapping.CreateParameter(command, "@expected", expected, nullable: false));
        return ExecuteAsync(command, dispose: multiRow, cancellationToken);
    }

    private static async Task<int> ExecuteAsync(DbCommand command, bool dispose, CancellationToken cancellationToken)
    {
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            if (dispose)
                await command.DisposeAsync();
        }
    }

    private DbCommand Command(string sql)
    {
        var command = Prepared.GetOrCreateValue(connection).GetOrAdd(sql, static (text, c) =>
        {
            var created = c.CreateCommand();
            created.CommandText = text;
            return created;
        }, connection);
        command.Transaction = transaction;
        return command;
    }

    private static void Bind(DbCommand command, Column[] columns, object row, int r)
    {
        if (r == 0)
            command.Parameters.Clear();
        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c];
            // The property's own type mapping makes each parameter, so converters (enums as text, instants as ticks) apply.
            command.Parameters.Add(column.Mapping.CreateParameter(command, Name(r, c), column.Property.PropertyInfo!.GetValue(row), column.Property.IsNullable));
        }
    }

    private static string Name(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"@p{row}_{column}");

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping);

    /// <summary>An entity's table and the columns the store does not generate, with their type mappings.</summary>
    private sealed class Plan
    {
        private static readonly ConcurrentDictionary<IEntityType, Plan> Plans = new();
        private readonly ConcurrentDictionary<string, (string, Column[], Column)> _updates = new(StringComparer.Ordinal);
        private readonly StoreObjectIdentifier _table;
        private readonly IEntityType _entity;

        private Plan(IEntityType entity)
        {
            _entity = entity;
            _table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            Columns = [.. entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).Select(ColumnOf)];
            InsertPrefix = $"INSERT INTO \"{_table.Name}\" ({string.Join(", ", Columns.Select(c => Quote(c.Property)))}) VALUES ";
            InsertOne = InsertPrefix + "(" + string.Join(", ", Columns.Select((_, c) => Name(0, c))) + ")";
        }

        public Column[] Columns { get; }

        public string InsertPrefix { get; }

        public string InsertOne { get; }

        public static Plan For(IEntityType entity) => Plans.GetOrAdd(entity, static e => new Plan(e));

        /// <summary>UPDATE of every column by the key, checking <paramref name="version"/>; the key columns are bound last.</summary>
        public (string Sql, Column[] Columns, Column Version) UpdateWhere(string version) => _updates.GetOrAdd(version, v =>
        {
            var set = _entity.GetProperties().Where(p => !p.IsPrimaryKey()).Select(ColumnOf).ToArray();
            var keys = _entity.FindPrimaryKey()!.Properties.Select(ColumnOf).ToArray();
            Column[] bound = [.. set, .. keys];
            var versionColumn = set.Single(c => c.Property.Name == v);
            var sql = $"UPDATE \"{_table.Name}\" SET {string.Join(", ", set.Select((c, i) => $"{Quote(c.Property)} = {Name(0, i)}"))}"
                + $" WHERE {string.Join(" AND ", keys.Select((c, i) => $"{Quote(c.Property)} = {Name(0, set.Length + i)}"))} AND {Quote(versionColumn.Property)} = @expected";
            return (sql, bound, versionColumn);
        });

        private static Column ColumnOf(IProperty property) => new(property, (RelationalTypeMapping)property.GetTypeMapping());

        private string Quote(IProperty property) => $"\"{property.GetColumnName(_table)}\"";
    }
}
