using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pathway.Runtime.Storage;

/// <summary>
/// The write path every case command takes, kept off EF Core's change tracking where it costs most.
/// Rows a command only inserts (journal lines, new bookmarks, worklist entries, timer outbox rows)
/// are appended and written as prepared INSERTs; rows it only deletes by key (the bookmarks a step
/// ends) are deleted without being tracked first; a changed case row is written by one
/// version-checked UPDATE of its changed columns. All run in the same transaction as the tracked changes, with columns
/// and value conversions from the EF model, so the SQL cannot drift from it.
/// </summary>
public partial class PathwayDbContext
{
    private readonly List<object> _appended = [];
    private readonly List<object> _deleted = [];
    private bool? _onPostgreSql;

    /// <summary>Inserts the row with the next save. Its store-generated key (if any) is not read back.</summary>
    public void Append<T>(T row)
        where T : class => _appended.Add(row);

    /// <summary>
    /// Deletes the row by its key with the next save, without tracking it first; a row already gone
    /// fails the save as a concurrency conflict, as a tracked delete would.
    /// </summary>
    public void Delete<T>(T row)
        where T : class => _deleted.Add(row);

    /// <summary>Asked once per context: EF answers it by reading the provider assembly's name each time.</summary>
    private bool OnPostgreSql => _onPostgreSql ??= Database.IsNpgsql();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Detected once: the entries read below and EF's own save would each detect them again.
        ChangeTracker.DetectChanges();
        var detects = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detects;
        }
    }

    private async Task<int> SaveDetectedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var entries = ChangeTracker.Entries().ToList();
        var cases = entries.Where(e => e is { Entity: CaseRecord, State: EntityState.Modified } && e.Property(nameof(CaseRecord.Revision)).IsModified).ToList();
        if (_appended.Count == 0 && _deleted.Count == 0 && cases.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // Taken now: if this save fails, the command runs again from fresh state and appends its rows anew.
        var rows = _appended.ToArray();
        _appended.Clear();
        var deleted = _deleted.ToArray();
        _deleted.Clear();
        await using var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        if (OnPostgreSql && rows.Any(r => r is JournalRecord))
            await DatabaseLocks.HoldAsync(Database, DatabaseLocks.JournalOrder, cancellationToken);
        var statements = new PreparedStatements(Database.GetDbConnection(), Database.CurrentTransaction!.GetDbTransaction());
        foreach (var changed in cases)
            await SaveCaseAsync(statements, changed, cancellationToken);
        var written = cases.Count;
        // SQLite parses EF's batch anew on every save; a started case and the worklist's and bookmarks'
        // changes are the same few statements every time, so they run prepared. PostgreSQL's batch is one round trip.
        if (OnPostgreSql)
        {
            foreach (var row in deleted)
                Remove(row);
        }
        else
        {
            written += await SaveWorkRowsAsync(statements, entries, deleted, cancellationToken);
        }
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        foreach (var table in rows.GroupBy(r => r.GetType()))
            await statements.InsertAsync(Model.FindEntityType(table.Key)!, [.. table], cancellationToken);
        if (owned is not null)
            await owned.CommitAsync(cancellationToken);
        return saved + written + rows.Length;
    }

    /// <summary>
    /// Contexts are pooled: one handed back (its scope disposed) drops the rows of a command that
    /// failed before saving, so the next scope to lease it cannot write them.
    /// </summary>
    public override void Dispose()
    {
        _appended.Clear();
        _deleted.Clear();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        _appended.Clear();
        _deleted.Clear();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Writes the case row before any other row of the command, if it is still at the revision
    /// read: a command that lost a race on its case then fails as a concurrency conflict (and runs
    /// again on fresh state) instead of first tripping over a row the winner wrote, such as a second
    /// assessment version 1.
    /// </summary>
    private static async Task SaveCaseAsync(PreparedStatements statements, EntityEntry entry, CancellationToken cancellationToken)
    {
        var expected = entry.Property(nameof(CaseRecord.Revision)).OriginalValue;
        if (await statements.UpdateAsync(entry, expected, cancellationToken) == 0)
            throw new DbUpdateConcurrencyException($"case {((CaseRecord)entry.Entity).Id} changed after revision {expected} was read");
        Written(entry);
    }

    /// <summary>
    /// The row of a case the command started, then updates and deletes of worklist and bookmark
    /// rows, each checked as EF checks it (its version, if it has one, or that the row is still
    /// there); each then no longer pending in the change tracker. Rows deleted untracked go the same way.
    /// </summary>
    private async Task<int> SaveWorkRowsAsync(PreparedStatements statements, List<EntityEntry> entries, object[] deleted, CancellationToken cancellationToken)
    {
        // A case started by the command is tracked (the command goes on changing it), and written here as the rest of its rows are.
        var started = entries.Where(e => e.State == EntityState.Added && e.Entity is CaseRecord).ToList();
        foreach (var entry in started)
        {
            await statements.InsertAsync(entry.Metadata, [entry.Entity], cancellationToken);
            Written(entry);
        }
        var changed = entries
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted && e.Entity is WorkTaskRecord or BookmarkRecord)
            .ToList();
        foreach (var entry in changed)
        {
            var version = entry.Metadata.GetProperties().SingleOrDefault(p => p.IsConcurrencyToken);
            var expected = version is null ? null : entry.OriginalValues[version];
            var rows = entry.State == EntityState.Deleted
                ? await statements.DeleteAsync(entry.Metadata, entry.Entity, expected, cancellationToken)
                : await statements.UpdateAsync(entry, expected, cancellationToken);
            if (rows == 0)
                throw Gone(entry.Metadata);
            if (entry.State == EntityState.Deleted)
                entry.State = EntityState.Detached;
            else
                Written(entry);
        }
        foreach (var row in deleted)
        {
            var entity = Model.FindEntityType(row.GetType())!;
            var version = entity.GetProperties().SingleOrDefault(p => p.IsConcurrencyToken);
            if (await statements.DeleteAsync(entity, row, version?.GetGetter().GetClrValueUsingContainingEntity(row), cancellationToken) == 0)
                throw Gone(entity);
        }
        return started.Count + changed.Count + deleted.Length;
    }

    private static DbUpdateConcurrencyException Gone(IEntityType entity) =>
        new($"a {entity.GetTableName()} row changed or went after it was read");

    /// <summary>
    /// The row is written: the tracked save has nothing left to do for it, and a later save in the
    /// same command (one that needs a generated key first) checks against the version now stored.
    /// </summary>
    private static void Written(EntityEntry entry)
    {
        entry.OriginalValues.SetValues(entry.CurrentValues);
        entry.State = EntityState.Unchanged;
    }
}
