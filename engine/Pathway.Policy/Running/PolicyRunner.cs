using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Policy.Support;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Definitions.Kinds;
using Pathway.Runtime.Storage;

namespace Pathway.Policy.Running;

/// <summary>
/// Runs policy specs inside the host against a version set: each scenario on its own copy of
/// a throwaway database holding that set, on its own clock, with the same step definitions CI
/// runs. A step no definition matches fails its scenario, naming the step.
/// </summary>
public sealed class PolicyRunner(StepLibrary steps, SpecKindRules specs, PolicyComposition composition, TimeProvider clock)
{
    /// <summary>
    /// The specs a locality's set answers for: national specs in the national set, a locality's own in its set,
    /// and the national specs for a locality with no policy of its own (a new one), run as that locality.
    /// </summary>
    public static IReadOnlyList<DefinitionRecord> SpecsFor(VersionSet set)
    {
        var own = set.OfKind(DefinitionKind.Spec).Where(s => s.Locality == set.Locality).ToList();
        return own.Count > 0 ? own : [.. set.OfKind(DefinitionKind.Spec).Where(s => s.Locality == Localities.National)];
    }

    public Task<PolicyRun> RunAsync(VersionSet set, CancellationToken cancellationToken) => RunAsync(set, SpecsFor(set), cancellationToken);

    /// <summary>Runs only the given specs (a draft being edited, say) against the set.</summary>
    public async Task<PolicyRun> RunAsync(VersionSet set, IEnumerable<DefinitionRecord> specsToRun, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var ranAt = clock.GetUtcNow();
        var scenarios = specsToRun.SelectMany(s => PolicyScenarios.Read(s, specs)).ToList();
        var outcomes = new ScenarioOutcome[scenarios.Count];
        await using (var template = await TemplateDatabase.CreateAsync(set, composition.AddMediator, cancellationToken))
        {
            // Compiled once per run: RulesEngine's compilation is the slow part of a scenario.
            var evaluator = new RuleSetEvaluator(template.RuleSets);
            await Parallel.ForAsync(0, scenarios.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                async (i, ct) => outcomes[i] = await RunScenarioAsync(set.Locality, scenarios[i], template, evaluator));
        }
        return new PolicyRun(set.Locality, ranAt, set.Versions, outcomes, watch.Elapsed.TotalMilliseconds);
    }

    private async Task<ScenarioOutcome> RunScenarioAsync(string locality, PolicyScenario scenario, TemplateDatabase template, RuleSetEvaluator evaluator)
    {
        var watch = Stopwatch.StartNew();
        var world = new PathwayWorld
        {
            Template = () => Task.FromResult(template.Path),
            Mediator = composition.AddMediator,
            Locality = locality,
            Shared = services => services
                .AddSingleton(template.RuleSets)
                .AddSingleton<IRuleSetSource>(template.RuleSets)
                .AddSingleton<IRuleSetEvaluator>(evaluator),
        };
        var context = new Dictionary<Type, object> { [typeof(PathwayWorld)] = world };
        PolicyStep? current = null;
        try
        {
            foreach (var step in scenario.Steps)
            {
                current = step;
                var match = steps.Match(step.Type, step.Text)
                    ?? throw new PolicyNotMetException($"no step definition matches '{step}'");
                var result = match.Definition.Method.Invoke(Resolve(match.Definition.Method.DeclaringType!, context), match.Definition.Arguments(match.Captured, step.Table));
                if (result is Task task)
                    await task;
            }
            return Outcome(locality, scenario, null, null, watch);
        }
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return Outcome(locality, scenario, current?.ToString(), cause.Message, watch);
        }
        finally
        {
            await world.DisposeAsync();
        }
    }

    private static ScenarioOutcome Outcome(string locality, PolicyScenario s, string? failedStep, string? message, Stopwatch watch) =>
        new(locality, s.SpecKey, s.SpecLocality, s.SpecVersion, s.Feature, s.Name, s.Example, message is null, failedStep, message, watch.Elapsed.TotalMilliseconds);

    /// <summary>Scenario-scoped instances, as SpecFlow's context injection makes them: one of each type per scenario.</summary>
    private static object Resolve(Type type, Dictionary<Type, object> context)
    {
        if (context.TryGetValue(type, out var known))
            return known;
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var instance = constructor.Invoke([.. constructor.GetParameters().Select(p => Resolve(p.ParameterType, context))]);
        context[type] = instance;
        return instance;
    }
}

/// <summary>What the composing project hands the runner: its generated Mediator registration.</summary>
public sealed record PolicyComposition(Action<IServiceCollection> AddMediator);
