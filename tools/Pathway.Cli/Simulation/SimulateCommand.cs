using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Pathway.Cases;
using Pathway.Measures;
using Pathway.Measures.Projection;
using Pathway.Runtime;
using Pathway.Runtime.Seeding;

namespace Pathway.Cli.Simulation;

/// <summary>`pathway simulate`: builds the engine and case work as the host does (no Quartz: the fake clock fires timers), simulates, then folds the measures.</summary>
public static class SimulateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        SimulationOptions options;
        try
        {
            options = SimulationOptions.Parse(args, SimulationOptions.FindRepositoryRoot());
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            Console.Error.WriteLine($"pathway simulate: {ex.Message}");
            return 2;
        }
        Console.WriteLine($"Simulating {options.Days} days x {options.ReferralsPerDay} referrals/day in {string.Join(", ", options.Localities)} (seed {options.Seed}) into {options.DatabasePath}");
        (int Cases, int Commands, long JournalRows) result;
        try
        {
            result = await RunAsync(options, new ProgressBar(Console.Out), CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine($"pathway simulate: {ex.Message}");
            return 1;
        }
        Console.WriteLine($"{result.Cases} cases, {result.Commands} commands; measures folded {result.JournalRows} journal rows. Open the host's /measures page.");
        return 0;
    }

    public static async Task<(int Cases, int Commands, long JournalRows)> RunAsync(SimulationOptions options, ProgressBar? progress, CancellationToken cancellationToken)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(options.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1));
        var connectionString = $"Data Source={options.DatabasePath}";
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddPathwayRuntime(new PathwayRuntimeOptions
        {
            ConnectionString = connectionString,
            UseQuartz = false,
            WorkflowsPath = Path.Combine(options.RepositoryRoot, "workflows"),
            RulesPath = Path.Combine(options.RepositoryRoot, "rules"),
        });
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
        services.AddPathwayCasework();
        services.AddMediator(m => m.ServiceLifetime = ServiceLifetime.Scoped);
        services.AddPathwayMeasures(connectionString);
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().MigrateAndSeedAsync(cancellationToken);
            await scope.ServiceProvider.MigrateMeasuresAsync(cancellationToken);
        }
        var simulator = new Simulator(provider, clock, options, progress);
        await simulator.RunAsync(cancellationToken);
        long rows;
        await using (var scope = provider.CreateAsyncScope())
            rows = await scope.ServiceProvider.GetRequiredService<MeasuresProjection>().RunAsync(cancellationToken);
        return (simulator.CasesStarted, simulator.Commands, rows);
    }
}
