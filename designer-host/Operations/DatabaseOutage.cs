using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Pathway.DesignerHost.Operations;

/// <summary>
/// Tells a lost database (server down, connection refused or broken, file unreadable) from
/// a refused write (a unique key, a conflict): the first is a 503 and worth retrying, the
/// second is the command's own answer.
/// </summary>
public static class DatabaseOutage
{
    // SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly int[] SqliteOutages = [10, 11, 13, 14];

    /// <summary>
    /// Called once an outage is seen: the pooled connections opened before it are dead, and Npgsql
    /// would hand each out once more; dropping them lets the first request after the database is
    /// back open a live one, so the host carries on without a restart.
    /// </summary>
    public static void DropPooledConnections() => NpgsqlConnection.ClearAllPools();

    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // Class 08 (connection) and 57P (shut down, cannot connect now); anything else is the command's.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
                case NpgsqlException:
                case SocketException:
                    return true;
                case SqliteException sqlite:
                    return SqliteOutages.Contains(sqlite.SqliteErrorCode);
                case DbException:
                    return false;
            }
        }
        return false;
    }
}
