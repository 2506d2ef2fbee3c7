using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pathway.Runtime.Storage;

/// <summary>
/// Every SQLite connection runs in WAL with synchronous=FULL, so an acknowledged command
/// survives power loss, and waits for the write lock instead of failing at once. The settings
/// belong to the native connection, which the pool keeps open between uses, so they are applied
/// once per native connection, not at every open (EF opens a context's connection per query).
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<object, object> SetUp = [];

    /// <summary>Stateless, so one instance serves every context: EF then builds its model once per process, not once per service provider.</summary>
    public static SqlitePragmas Instance { get; } = new();

    public const string Statements = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        ApplyAsync(connection, CancellationToken.None).GetAwaiter().GetResult();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(connection, cancellationToken);

    /// <summary>Applies the settings to a newly opened connection, unless its native connection has them already.</summary>
    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var native = (connection as SqliteConnection)?.Handle;
        if (native is not null && SetUp.TryGetValue(native, out _))
            return;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = Statements;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        if (native is not null)
            SetUp.AddOrUpdate(native, native);
    }
}
