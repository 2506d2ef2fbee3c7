using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pathway.Runtime.Storage;

/// <summary>
/// Every SQLite connection runs in WAL with synchronous=FULL, so an acknowledged command
/// survives power loss, and waits for the write lock instead of failing at once.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    /// <summary>Stateless, so one instance serves every context: EF then builds its model once per process, not once per service provider.</summary>
    public static SqlitePragmas Instance { get; } = new();

    public const string Statements = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Statements;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statements;
        command.ExecuteNonQuery();
    }
}
