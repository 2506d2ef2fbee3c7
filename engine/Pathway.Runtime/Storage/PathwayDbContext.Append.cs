using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pathway.Runtime.Storage;

/// <summary>
/// Rows a command only inserts (journal lines, new bookmarks, worklist entries, timer outbox
/// rows) skip change tracking: the next save writes them as one multi-row INSERT per table,
/// in the same transaction as the tracked changes. On SQLite, EF Core sends one statement per
/// tracked row, and a new case makes some twenty such rows, so this is most of its write cost.
/// Columns and value conversions come from the EF model, so the SQL cannot drift from it.
/// </summary>
public partial class PathwayDbContext
{
    // SQLite allows 32,766 parameters in one statement (PostgreSQL 65,535).
    private const int MaxParameters = 30_000;
    private readonly List<object> _appended = [];

    /// <summary>Inserts the row with the next save. Its store-generated key (if any) is not read back.</summary>
    public void Append<T>(T row)
        where T : class => _appended.Add(row);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var cases = CasesChanged();
        if (_appended.Count == 0 && cases.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // Taken now: if this save fails, the command runs again from fresh state and appends its rows anew.
        var rows = _appended.ToArray();
        _appended.Clear();
        await using var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        if (rows.Any(r => r is JournalRecord))
            await DatabaseLocks.HoldAsync(Database, DatabaseLocks.JournalOrder, cancellationToken);
        foreach (var changed in cases)
            await CheckCaseVersionAsync(changed, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        foreach (var table in rows.GroupBy(r => r.GetType()))
            await InsertAsync(Model.FindEntityType(table.Key)!, [.. table], cancellationToken);
        if (owned is not null)
            await owned.CommitAsync(cancellationToken);
        return saved + rows.Length;
    }

    private List<EntityEntry<CaseRecord>> CasesChanged() =>
        ChangeTracker.Entries<CaseRecord>().Where(e => e.State == EntityState.Modified && e.Property(c => c.Revision).IsModified).ToList();

    /// <summary>
    /// The case's version check runs before any other row of the command is written, so a command
    /// that lost a race on its case fails as a concurrency conflict (and runs again on fresh state)
    /// instead of first tripping over a row the winner wrote, such as a second assessment version 1.
    /// </summary>
    private async Task CheckCaseVersionAsync(EntityEntry<CaseRecord> entry, CancellationToken cancellationToken)
    {
        var revision = entry.Property(c => c.Revision);
        var (id, expected, next) = (entry.Entity.Id, revision.OriginalValue, revision.CurrentValue);
        var claimed = await Cases.Where(c => c.Id == id && c.Revision == expected)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Revision, next), cancellationToken);
        if (claimed == 0)
            throw new DbUpdateConcurrencyException($"case {id} changed after revision {expected} was read");
        // The case row now carries the new revision; the tracked update below checks against it.
        revision.OriginalValue = next;
    }

    private async Task InsertAsync(IEntityType entity, object[] rows, CancellationToken cancellationToken)
    {
        var plan = InsertPlan.For(entity);
        var connection = Database.GetDbConnection();
        foreach (var chunk in rows.Chunk(MaxParameters / plan.Columns.Length))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = Database.CurrentTransaction!.GetDbTransaction();
            var sql = new StringBuilder(plan.Prefix);
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < plan.Columns.Length; c++)
                {
                    var column = plan.Columns[c];
                    var name = string.Create(CultureInfo.InvariantCulture, $"@p{r}_{c}");
                    sql.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(column.Mapping.CreateParameter(command, name, column.Property.PropertyInfo!.GetValue(chunk[r]), column.Property.IsNullable));
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>An entity's INSERT, read from the EF model once: the table, and each column the store does not generate with its type mapping.</summary>
    private sealed record InsertPlan(string Prefix, (IProperty Property, RelationalTypeMapping Mapping)[] Columns)
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<IEntityType, InsertPlan> Plans = new();

        public static InsertPlan For(IEntityType entity) => Plans.GetOrAdd(entity, static e =>
        {
            var table = StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema());
            // The property's own type mapping makes each parameter, so converters (enums as text, instants as ticks) apply.
            var columns = e.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never)
                .Select(p => (p, (RelationalTypeMapping)p.GetTypeMapping())).ToArray();
            var prefix = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.p.GetColumnName(table)}\""))}) VALUES ";
            return new InsertPlan(prefix, columns);
        });
    }
}
