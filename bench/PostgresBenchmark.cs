using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Seeding;
using Pathway.Runtime.Storage;

namespace Pathway.Bench;

/// <summary>
/// Case starts on PostgreSQL with one host or several on one database (each host its own
/// runtime and group commit). The server comes from PATHWAY_BENCH_POSTGRES (default: the
/// loopback cluster tools/postgres-cluster.sh starts); each run gets a fresh database.
/// </summary>
internal static class PostgresBenchmark
{
    public static async Task<Figures> CaseStartsAsync(int hostCount, int cases, int workers)
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("PATHWAY_BENCH_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres");
        var name = string.Create(CultureInfo.InvariantCulture, $"pathway_bench_{hostCount}_{Environment.ProcessId}");
        await ExecuteAsync(server.ConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE); CREATE DATABASE \"{name}\"");
        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, MaxPoolSize = 100 }.ConnectionString;
        var hosts = Enumerable.Range(0, hostCount).Select(_ => EngineBenchmark.Build(DatabaseProvider.PostgreSQL, database)).ToArray();
        try
        {
            await using (var scope = hosts[0].CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().MigrateAndSeedAsync(CancellationToken.None);
            var referrals = ReferralMix.Create(cases);
            await EngineBenchmark.Drive(hosts, 200, workers, i => new StartCase("admission-avoidance", "national", referrals[i], EngineBenchmark.Bench)); // warm up
            return await EngineBenchmark.Drive(hosts, cases, workers, i => new StartCase("admission-avoidance", "national", referrals[i], EngineBenchmark.Bench));
        }
        finally
        {
            foreach (var host in hosts)
                await host.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server.ConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var statement in sql.Split("; "))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }
    }
}
