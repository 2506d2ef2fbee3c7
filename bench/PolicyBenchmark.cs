using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Policy.Running;
using Pathway.Policy.Support;
using Pathway.Runtime;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Definitions.Kinds;
using Pathway.Testing;

namespace Pathway.Bench;

/// <summary>Every national and locality spec run in-process against the shipped definitions, as the host's Policy page and publish gate run them.</summary>
public static class PolicyBenchmark
{
    public static async Task<int> RunAsync()
    {
        var composition = new PolicyComposition(s => s.AddMediator(o => o.ServiceLifetime = ServiceLifetime.Scoped));
        var path = Path.Combine(Path.GetTempPath(), $"pathway-bench-policy-{Guid.NewGuid():N}.db");
        await using var services = PathwayWorld.Build(path, TimeProvider.System, new PathwayRuntimeOptions
        {
            WorkflowsPath = Repository.Combine("workflows"),
            RulesPath = Repository.Combine("rules"),
            SpecsPath = Repository.Combine("specs"),
        }, composition.AddMediator);
        await PathwayWorld.SeedAsync(services);
        var runner = new PolicyRunner(new StepLibrary(), new SpecKindRules([]), composition, TimeProvider.System);
        await using var scope = services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<DefinitionQueries>();

        var watch = Stopwatch.StartNew();
        int scenarios = 0, failed = 0;
        foreach (var locality in await queries.LocalitiesAsync(CancellationToken.None))
        {
            var run = await runner.RunAsync(await queries.PublishedSetAsync(locality, CancellationToken.None), CancellationToken.None);
            scenarios += run.Scenarios.Count;
            failed += run.Failed;
            Console.Error.WriteLine($"  {locality}: {run.Scenarios.Count} scenarios, {run.Failed} failed, {run.Milliseconds:F0} ms");
        }
        Console.WriteLine($"policy: {scenarios} scenarios in {watch.ElapsedMilliseconds} ms");
        File.Delete(path);
        return failed == 0 ? 0 : 1;
    }
}
