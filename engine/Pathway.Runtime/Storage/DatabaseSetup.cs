using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Pathway.Runtime.Storage;

/// <summary>
/// The one place that knows each provider: how a context connects, where its migrations live
/// (SQLite's beside each context, PostgreSQL's in the Pathway.PostgreSql assembly) and how a
/// raw connection is opened for group commits.
/// </summary>
public static class DatabaseSetup
{
    /// <summary>The assembly holding every context's PostgreSQL migrations.</summary>
    public const string PostgreSqlMigrationsAssembly = "Pathway.PostgreSql";

    public static TBuilder Configure<TBuilder>(this TBuilder builder, DatabaseProvider provider, string connectionString, string? migrationsHistoryTable = null)
        where TBuilder : DbContextOptionsBuilder
    {
        if (provider == DatabaseProvider.PostgreSQL)
        {
            builder.UseNpgsql(connectionString, npgsql =>
            {
                npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly);
                if (migrationsHistoryTable is not null)
                    npgsql.MigrationsHistoryTable(migrationsHistoryTable);
            });
            return builder;
        }
        builder.UseSqlite(connectionString, sqlite =>
        {
            if (migrationsHistoryTable is not null)
                sqlite.MigrationsHistoryTable(migrationsHistoryTable);
        }).AddInterceptors(SqlitePragmas.Instance);
        return builder;
    }

    /// <summary>An open connection for the group-commit writer, set up as the provider needs (SQLite's pragmas).</summary>
    public static async Task<DbConnection> OpenAsync(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSQL)
        {
            var postgres = new NpgsqlConnection(connectionString);
            await postgres.OpenAsync();
            return postgres;
        }
        var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync();
        await SqlitePragmas.ApplyAsync(sqlite, CancellationToken.None);
        return sqlite;
    }

    /// <summary>Reads <c>Sqlite</c> or <c>PostgreSQL</c> (any case; <c>postgres</c> too); a clear error for anything else.</summary>
    public static DatabaseProvider Parse(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSQL,
        _ => throw new InvalidOperationException($"Database:Provider '{name}' is not known; use Sqlite or PostgreSQL."),
    };
}
