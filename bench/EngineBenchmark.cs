using Pathway.Testing;
using System.Diagnostics;
using System.Globalization;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Seeding;
using Pathway.Runtime.Storage;

namespace Pathway.Bench;

/// <summary>
/// Cases started to their first durable wait (triage rules run, the trusted assessment
/// offered, two timers armed: all in one transaction) and CompleteTask commands, per second,
/// on a SQLite file with the engine's durability settings; beside the raw rate of single-row
/// SQLite transactions with the same settings, measured in the same run.
/// </summary>
internal static class EngineBenchmark
{
    internal static readonly Actor Bench = new("bench", "Benchmark", ["community-physiotherapist", "crisis-response-nurse", "advanced-clinical-practitioner", "occupational-therapist", "district-nurse", "social-worker", "specialist-palliative-care-nurse", "gp", "coordinator"], []);

    public static async Task<int> RunAsync(string[] args)
    {
        // "--provider postgres" adds PostgreSQL runs (1 host, then 3 hosts on one database) after SQLite's.
        var onPostgres = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() is { } provider
            && DatabaseSetup.Parse(provider) == DatabaseProvider.PostgreSQL;
        args = [.. args.Where((a, i) => a != "--provider" && (i == 0 || args[i - 1] != "--provider"))];
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 4_000;
        var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var folder = Directory.CreateTempSubdirectory("pathway-bench-").FullName;
        try
        {
            var raw = RawTransactions(Path.Combine(folder, "raw.db"), TimeSpan.FromSeconds(3));
            Console.WriteLine(FormattableString.Invariant($"raw SQLite: {raw:F0} single-row transactions/s (WAL, synchronous=FULL)"));

            var (starts, _) = await MeasureAsync(Path.Combine(folder, "engine.db"), cases, workers);

            Console.WriteLine(FormattableString.Invariant(
                $"engine: {starts.PerSecond:F0}/s, p99 {starts.P99:F1} ms, {starts.PerSecond / raw:F2} of raw SQLite"));
            if (onPostgres)
            {
                foreach (var hosts in new[] { 1, 3 })
                {
                    var figures = await PostgresBenchmark.CaseStartsAsync(hosts, cases, workers);
                    Console.WriteLine(FormattableString.Invariant(
                        $"engine on PostgreSQL, {hosts} host(s): case starts {figures.PerSecond:F0}/s, p50 {figures.P50:F1} ms, p99 {figures.P99:F1} ms (SQLite {starts.PerSecond:F0}/s, p99 {starts.P99:F1} ms)"));
                }
            }
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Case starts, then completions of the tasks they offered, on a fresh SQLite file; both reported as they are measured.</summary>
    public static async Task<(Figures Starts, Figures Completions)> MeasureAsync(string database, int cases, int workers)
    {
        await using var services = BenchRuntime.Build(database);
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().MigrateAndSeedAsync(CancellationToken.None);
        var referrals = ReferralMix.Create(cases);

        // Warmed up on both commands until the JIT has compiled their paths fully: a host runs for
        // hours, and the figures are its steady state, not its first seconds.
        await Figures.WarmUpAsync(async round =>
        {
            await Drive(services, Figures.WarmUpRound, workers, i => new StartCase("admission-avoidance", "national", referrals[i % cases], Bench));
            await CompleteReadyTasksAsync(services, Figures.WarmUpRound / 2, workers);
        });
        var starts = await Drive(services, cases, workers, i => new StartCase("admission-avoidance", "national", referrals[i], Bench));
        Report("case starts", starts);
        var completes = await CompleteReadyTasksAsync(services, cases, workers);
        Report("task completions", completes);
        return (starts, completes);
    }

    private static async Task<Figures> CompleteReadyTasksAsync(ServiceProvider services, int count, int workers)
    {
        var tasks = await Query(services, db => db.WorkTasks.Where(t => t.Status == WorkTaskStatus.Ready).OrderBy(t => t.Id).Select(t => t.Id).Take(count).ToListAsync());
        return await Drive(services, tasks.Count, workers, i => new CompleteTask(tasks[i], new Dictionary<string, object?>(), Bench));
    }

    internal static void Report(string what, Figures figures) => Console.WriteLine(FormattableString.Invariant(
        $"{what}: {figures.Count} in all, {figures.PerSecond:F0}/s, p50 {figures.P50:F1} ms, p99 {figures.P99:F1} ms; {figures.CpuMsPerOperation:F2} ms CPU and {figures.BytesPerOperation / 1024} KB allocated each, {figures.Collections} gen0 collections, {figures.MethodsCompiled} methods compiled"));

    internal static ServiceProvider Build(DatabaseProvider provider, string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddPathwayRuntime(new PathwayRuntimeOptions
        {
            Provider = provider,
            ConnectionString = connectionString,
            UseQuartz = false,
            WorkflowsPath = Repository.Combine("workflows"),
            RulesPath = Repository.Combine("rules"),
        });
        services.AddMediator(o => o.ServiceLifetime = ServiceLifetime.Scoped);
        return services.BuildServiceProvider();
    }

    private static Task<Figures> Drive<T>(ServiceProvider services, int count, int workers, Func<int, ICommand<T>> command) =>
        Drive([services], count, workers, command);

    /// <summary>As above, the commands spread over several hosts (one service provider each, as separate processes would be).</summary>
    internal static Task<Figures> Drive<T>(ServiceProvider[] hosts, int count, int workers, Func<int, ICommand<T>> command) =>
        Figures.MeasureAsync(count, workers, async i =>
        {
            await using var scope = hosts[i % hosts.Length].CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command(i));
        });

    private static async Task<T> Query<T>(ServiceProvider services, Func<PathwayDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PathwayDbContext>());
    }

    /// <summary>The ceiling: one-row insert transactions, one after another, with the engine's pragmas.</summary>
    private static double RawTransactions(string database, TimeSpan duration)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = SqlitePragmas.Statements + "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);";
            setup.ExecuteNonQuery();
        }
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t (v) VALUES ('x')";
        var count = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            insert.ExecuteNonQuery();
            transaction.Commit();
            count++;
        }
        return count / clock.Elapsed.TotalSeconds;
    }

}
