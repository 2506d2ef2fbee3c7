using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pathway.Runtime.Storage;

/// <summary>An entity's table and columns, with their type mappings, and the SQL the write path runs on it.</summary>
internal sealed class StatementPlan
{
    private static readonly ConcurrentDictionary<IEntityType, StatementPlan> Plans = new();
    private readonly ConcurrentDictionary<ulong, ByKey> _updates = new();
    private ByKey? _delete;
    private readonly IEntityType _entity;
    private readonly StoreObjectIdentifier _table;

    private StatementPlan(IEntityType entity)
    {
        _entity = entity;
        _table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        Columns = [.. entity.GetProperties().Where(p => !IsIdentity(p)).Select(ColumnOf)];
        InsertPrefix = $"INSERT INTO \"{_table.Name}\" ({string.Join(", ", Columns.Select(c => Quote(c.Property)))}) VALUES ";
        _inserts = new string[MaxRowsPerInsert + 1];
    }

    /// <summary>The most rows one prepared INSERT takes; a command's journal lines mostly fit in one.</summary>
    public const int MaxRowsPerInsert = 16;

    private readonly string[] _inserts;

    public Column[] Columns { get; }

    /// <summary>
    /// A key the store numbers (an identity column), left to it. A GUID key is generated too, but by
    /// the client, and is always set before the row is written.
    /// </summary>
    private static bool IsIdentity(IProperty property) =>
        property.IsPrimaryKey() && property.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && (property.ClrType == typeof(long) || property.ClrType == typeof(int));

    public string InsertPrefix { get; }

    /// <summary>INSERT of <paramref name="rows"/> rows (at most <see cref="MaxRowsPerInsert"/>), each row's columns in order.</summary>
    public string Insert(int rows) => _inserts[rows] ??= InsertPrefix + string.Join(", ", Enumerable.Range(0, rows)
        .Select(r => "(" + string.Join(", ", Columns.Select((_, c) => PreparedStatements.Name(r, c))) + ")"));

    public static StatementPlan For(IEntityType entity) => Plans.GetOrAdd(entity, static e => new StatementPlan(e));

    /// <summary>
    /// UPDATE of the changed columns by the key (and the version, if the entity has one): the columns
    /// bound in order, then the version's expected value. Only the changed ones, so SQLite leaves alone
    /// every index on columns that did not change (a case's locality and status, a task's case),
    /// rather than deleting and inserting the same entry again. One statement per set of changed
    /// columns, keyed by a bit per property (every entity written this way has far fewer than 64).
    /// </summary>
    public ByKey Update(EntityEntry entry)
    {
        var changed = 0UL;
        foreach (var property in entry.Properties)
        {
            if (property.IsModified && !property.Metadata.IsPrimaryKey())
                changed |= 1UL << property.Metadata.GetIndex();
        }
        return _updates.GetOrAdd(changed, static (mask, plan) => plan.ByKeyStatement(
            set => $"UPDATE \"{plan._table.Name}\" SET {string.Join(", ", set.Select((c, i) => $"{plan.Quote(c.Property)} = {PreparedStatements.Name(0, i)}"))}",
            [.. plan._entity.GetProperties().Where(p => (mask & (1UL << p.GetIndex())) != 0).Select(ColumnOf)]), this);
    }

    /// <summary>DELETE by the key (and the version, if the entity has one).</summary>
    public ByKey Delete => _delete ??= ByKeyStatement(_ => $"DELETE FROM \"{_table.Name}\"", []);

    private ByKey ByKeyStatement(Func<Column[], string> head, Column[] set)
    {
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
