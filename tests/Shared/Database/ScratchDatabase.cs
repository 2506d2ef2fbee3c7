using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pathway.Runtime.Storage;

namespace Pathway.Testing;

/// <summary>
/// One test's own database: a SQLite file in the test's folder, or, when
/// <c>PATHWAY_TEST_DATABASE=postgres</c>, a fresh database on the server named by
/// <c>PATHWAY_TEST_POSTGRES</c> (default: the loopback cluster test.sh starts), dropped afterwards.
/// Linked into the test projects that use a database (not every one: it needs the runtime).
/// </summary>
public sealed class ScratchDatabase : IDisposable
{
    public const string ProviderVariable = "PATHWAY_TEST_DATABASE";
    public const string ServerVariable = "PATHWAY_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";

    private readonly string? _postgresName;

    private ScratchDatabase(DatabaseProvider provider, string connectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    /// <summary>True when this test run is the PostgreSQL one.</summary>
    public static bool OnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "postgres", StringComparison.OrdinalIgnoreCase);

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A new, empty database; on SQLite <paramref name="sqliteFile"/> (its folder must exist).</summary>
    public static ScratchDatabase Create(string sqliteFile, bool pooling = true)
    {
        if (!OnPostgres)
            return new(DatabaseProvider.Sqlite, $"Data Source={sqliteFile}" + (pooling ? "" : ";Pooling=False"), null);
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(ServerVariable) ?? DefaultServer);
        var name = $"pathway_test_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            admin.Open();
            using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            create.ExecuteNonQuery();
        }
        server.Database = name;
        server.Pooling = pooling;
        return new(DatabaseProvider.PostgreSQL, server.ConnectionString, name);
    }

    public DbContextOptions<T> Options<T>()
        where T : DbContext => new DbContextOptionsBuilder<T>().Configure(Provider, ConnectionString).Options;

    public void Dispose()
    {
        if (_postgresName is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var server = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        using var admin = new NpgsqlConnection(server.ConnectionString);
        admin.Open();
        using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}
