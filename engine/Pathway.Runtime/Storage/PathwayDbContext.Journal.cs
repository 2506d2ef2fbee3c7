using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Pathway.Runtime.Storage;

/// <summary>
/// Journal lines are appended, never read back through the context, so they skip change
/// tracking: each save writes its lines as one multi-row INSERT in the same transaction as
/// the rest of the command, instead of one statement (and one round of EF bookkeeping) per
/// line. A command writes a dozen or more lines, so this is most of a command's SQL.
/// </summary>
public partial class PathwayDbContext
{
    // SQLite allows 32,766 parameters per statement; 7 per line.
    private const int LinesPerStatement = 1_000;
    private readonly List<JournalRecord> _pendingJournal = [];

    /// <summary>Appends a line to be written by the next save.</summary>
    public void AppendJournal(JournalRecord line) => _pendingJournal.Add(line);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_pendingJournal.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // Taken now: if this save fails, the command is run again from fresh state and appends its lines anew.
        var lines = _pendingJournal.ToArray();
        _pendingJournal.Clear();
        await using var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        foreach (var chunk in lines.Chunk(LinesPerStatement))
            await InsertJournalAsync(chunk, cancellationToken);
        if (owned is not null)
            await owned.CommitAsync(cancellationToken);
        return saved + lines.Length;
    }

    private async Task InsertJournalAsync(JournalRecord[] lines, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder("INSERT INTO \"journal\" (\"CaseId\", \"Sequence\", \"At\", \"Kind\", \"NodeId\", \"Actor\", \"DataJson\") VALUES ");
        var parameters = new List<SqliteParameter>(lines.Length * 7);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@c{i}, @s{i}, @a{i}, @k{i}, @n{i}, @w{i}, @d{i})");
            parameters.Add(new SqliteParameter($"@c{i}", line.CaseId.ToString().ToUpperInvariant()));
            parameters.Add(new SqliteParameter($"@s{i}", line.Sequence));
            parameters.Add(new SqliteParameter($"@a{i}", line.At.UtcTicks));
            parameters.Add(new SqliteParameter($"@k{i}", line.Kind));
            parameters.Add(new SqliteParameter($"@n{i}", (object?)line.NodeId ?? DBNull.Value));
            parameters.Add(new SqliteParameter($"@w{i}", (object?)line.Actor ?? DBNull.Value));
            parameters.Add(new SqliteParameter($"@d{i}", (object?)line.DataJson ?? DBNull.Value));
        }
        await Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
    }
}
