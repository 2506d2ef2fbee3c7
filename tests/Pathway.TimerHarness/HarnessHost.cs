using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Seeding;
using Pathway.Runtime.Storage;
using Pathway.Runtime.Timers;

namespace Pathway.TimerHarness;

/// <summary>The production runtime (Quartz on) over one SQLite file or PostgreSQL database, with the harness pathway published and, if asked, a crash at one step or a clock that is off.</summary>
internal static class HarnessHost
{
    public static async Task<IHost> BuildAsync(string database, HarnessOptions options)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Pathway", LogLevel.Information);
        builder.Services.AddPathwayRuntime(Store(database));
        builder.Services.AddMediator(m => m.ServiceLifetime = ServiceLifetime.Scoped);
        if (options.CrashAt is { } step)
            builder.Services.AddSingleton<ITimerChainObserver>(new CrashAtStep(step));
        if (options.ClockOffsetSeconds != 0)
        {
            // Quartz runs on the container's clock too, so the whole node is that far off.
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new OffsetClock(TimeSpan.FromSeconds(options.ClockOffsetSeconds))));
        }
        var host = builder.Build();

        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().MigrateAndSeedAsync(CancellationToken.None);
        if (await scope.ServiceProvider.GetRequiredService<DefinitionQueries>().FindPublishedPathwayIdAsync(TimerPathway.Key, TimerPathway.Locality, CancellationToken.None) is null)
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Send(new SaveDraft(DefinitionKind.Pathway, TimerPathway.Key, TimerPathway.Locality, TimerPathway.Xml, Actor.System));
            await mediator.Send(new PublishDefinition(DefinitionKind.Pathway, TimerPathway.Key, TimerPathway.Locality, Actor.System));
        }
        return host;
    }

    /// <summary>A PostgreSQL connection string (it names a Host) or else a SQLite file's path.</summary>
    private static PathwayRuntimeOptions Store(string database) =>
        database.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? new PathwayRuntimeOptions { Provider = DatabaseProvider.PostgreSQL, ConnectionString = database, ClusterCheckinInterval = TimeSpan.FromSeconds(1) }
            : new PathwayRuntimeOptions { ConnectionString = $"Data Source={Path.GetFullPath(database)}" };
}
