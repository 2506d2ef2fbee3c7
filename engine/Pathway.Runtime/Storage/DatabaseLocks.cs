using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pathway.Runtime.Storage;

/// <summary>
/// PostgreSQL transaction-scoped advisory locks: held by the database until the transaction
/// ends, so a node that dies mid-way releases its hold at once. SQLite needs none of this —
/// it commits one writer at a time and serves one host.
/// </summary>
public static class DatabaseLocks
{
    /// <summary>
    /// Held by every transaction that appends journal rows, from before its first row until it
    /// commits: journal ids are then handed out in commit order across every host, so a reader
    /// that has seen id n will never later find a row below n (the measures projection relies on it).
    /// </summary>
    public const long JournalOrder = 0x5057_0001;

    /// <summary>The measures projection's lease: one node folds the journal at a time.</summary>
    public const long MeasuresProjection = 0x5057_0002;

    /// <summary>Held by a starting host while it migrates and seeds, so hosts starting together take turns.</summary>
    public const long StartUp = 0x5057_0003;

    public static string Sql(long lockId) => $"SELECT pg_advisory_xact_lock({lockId})";

    /// <summary>Takes the lock inside the context's current transaction; nothing on SQLite.</summary>
    public static async Task HoldAsync(DatabaseFacade database, long lockId, CancellationToken cancellationToken)
    {
        if (database.IsNpgsql())
            await database.ExecuteSqlRawAsync(Sql(lockId), cancellationToken);
    }

    /// <summary>On PostgreSQL, a new transaction holding the lock; null on SQLite.</summary>
    public static async Task<IDbContextTransaction?> BeginHoldingAsync(DatabaseFacade database, long lockId, CancellationToken cancellationToken)
    {
        if (!database.IsNpgsql())
            return null;
        var transaction = await database.BeginTransactionAsync(cancellationToken);
        await database.ExecuteSqlRawAsync(Sql(lockId), cancellationToken);
        return transaction;
    }

    /// <summary>
    /// A session-level hold on <paramref name="lockId"/> for a stretch of work spanning many
    /// transactions (start-up's migrations and seeding); released when disposed, or by the
    /// server if the host dies. Nothing on SQLite.
    /// </summary>
    public static async Task<IAsyncDisposable?> HoldSessionAsync(DatabaseProvider provider, string connectionString, long lockId, CancellationToken cancellationToken)
    {
        if (provider != DatabaseProvider.PostgreSQL)
            return null;
        var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT pg_advisory_lock({lockId})";
        await command.ExecuteNonQueryAsync(cancellationToken);
        // Closing the session releases the lock.
        return connection;
    }
}
