using System.Globalization;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Engine.Bpmn;
using Pathway.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.InstanceMigration;

namespace Pathway.Cli.OpenCases;

/// <summary>
/// `pathway open-cases`: the cases still running on a pathway in a database, by version, and a dry
/// run of moving them to the draft (else the published version) or a chosen version; with
/// --migrate, moves those that can to the published (or chosen) version, one journalled command each.
/// </summary>
public static class OpenCasesCommand
{
    public const string Usage = "pathway open-cases --database path --pathway key [--locality code] [--to-version n] [--migrate yes]";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = args.Chunk(2).Where(p => p.Length == 2 && p[0].StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(p => p[0][2..], p => p[1], StringComparer.Ordinal);
        if (!options.TryGetValue("database", out var database) || !options.TryGetValue("pathway", out var key) || args.Length % 2 != 0)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        if (!File.Exists(database))
        {
            Console.Error.WriteLine($"pathway open-cases: {database} does not exist");
            return 2;
        }
        var locality = options.GetValueOrDefault("locality");
        int? toVersion = options.TryGetValue("to-version", out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        var migrate = options.GetValueOrDefault("migrate") is "yes" or "true";

        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddPathwayRuntime(new PathwayRuntimeOptions { ConnectionString = $"Data Source={database}{(migrate ? "" : ";Mode=ReadOnly")}", UseQuartz = false });
        services.AddMediator(m => m.ServiceLifetime = ServiceLifetime.Scoped);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var openCases = scope.ServiceProvider.GetRequiredService<Pathway.Runtime.InstanceMigration.OpenCases>();
        try
        {
            var counts = await openCases.CountAsync(key, locality, CancellationToken.None);
            Console.WriteLine($"{counts.Cases} running: {string.Join(", ", counts.Versions.Select(c => $"{c.Cases} on v{c.Version} ({c.Locality}, {c.Status})"))}");
            if (migrate)
            {
                var actor = new Actor($"cli:{Environment.UserName}", Environment.UserName, [], []);
                var run = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new MigrateOpenCases(key, locality, toVersion, null, actor));
                Console.WriteLine($"moved {run.Moved.Count} to v{run.Target.Version} ({run.Target.Locality}); {run.AlreadyThere} already there; {run.Refused.Count} could not move");
                foreach (var refused in run.Refused)
                    Console.WriteLine($"  {refused.CaseId}: {refused.Code} {refused.Reason}");
                return 0;
            }
            var dryRun = await openCases.DryRunAsync(key, locality, toVersion, CancellationToken.None);
            Console.WriteLine($"to v{dryRun.Target.Version} ({dryRun.Target.Locality}, {dryRun.Target.Status}): {dryRun.CanMove} can move, {dryRun.CannotMove} cannot, {dryRun.AlreadyThere} already there");
            foreach (var reason in dryRun.Reasons)
                Console.WriteLine($"  {reason.Cases} cannot: {reason.Reason}");
            return 0;
        }
        catch (Exception e) when (e is CommandRejectedException or BpmnValidationException or Pathway.Runtime.Definitions.DefinitionNotFoundException)
        {
            Console.Error.WriteLine($"pathway open-cases: {e.Message}");
            return 1;
        }
    }
}
