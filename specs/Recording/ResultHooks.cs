using Pathway.Runtime.Definitions;
using Pathway.Testing;
using System.Collections.Concurrent;
using System.Collections.Specialized;
using Microsoft.EntityFrameworkCore;
using Pathway.Policy.Support;
using TechTalk.SpecFlow;

namespace Pathway.Specs.Recording;

/// <summary>Records each scenario's outcome as it ends and writes the run to specs/results/latest.json when the run ends.</summary>
[Binding]
public sealed class ResultHooks(ScenarioContext scenario, FeatureContext feature, PathwayWorld world, CaseUnderTest theCase)
{
    private static readonly ConcurrentQueue<ScenarioResult> Run = new();
    private static readonly Lazy<string?> Commit = new(() => GitCommit.Describe(Repository.Root));
    private const string FailedStepKey = "pathway.failedStep";

    public static string ResultsPath => Repository.Combine("specs", "results", "latest.json");

    [AfterStep]
    public void RememberFailingStep()
    {
        if (scenario.TestError is not null && !scenario.ContainsKey(FailedStepKey))
            scenario[FailedStepKey] = StepWords(scenario.StepContext.StepInfo);
    }

    [AfterScenario(Order = 0)]
    public async Task RecordScenario()
    {
        var status = scenario.ScenarioExecutionStatus;
        var failed = status is not ScenarioExecutionStatus.OK;
        scenario.TryGetValue(FailedStepKey, out string? failedStep);
        if (failed && failedStep is null && scenario.StepContext?.StepInfo is { } step)
            failedStep = StepWords(step);
        Run.Enqueue(new ScenarioResult
        {
            Folder = (feature.FeatureInfo.FolderPath ?? "").Replace('\\', '/').Trim('/'),
            Feature = feature.FeatureInfo.Title,
            Scenario = scenario.ScenarioInfo.Title,
            Example = ExampleRow(scenario.ScenarioInfo.Arguments),
            Outcome = status switch
            {
                ScenarioExecutionStatus.OK => "passed",
                ScenarioExecutionStatus.UndefinedStep or ScenarioExecutionStatus.StepDefinitionPending => "undefined",
                ScenarioExecutionStatus.Skipped => "skipped",
                _ => "failed",
            },
            FailedStep = failed ? failedStep : null,
            Error = failed ? scenario.TestError?.Message ?? "a step has no definition yet" : null,
            RanAt = DateTimeOffset.UtcNow,
            Commit = Commit.Value,
            RuleSets = await RuleSetsUsedAsync(),
        });
    }

    [AfterTestRun]
    public static void WriteResults()
    {
        if (!Run.IsEmpty)
            ResultsFile.Merge(ResultsPath, [.. Run], DateTimeOffset.UtcNow);
    }

    private async Task<IReadOnlyList<RuleSetUsed>> RuleSetsUsedAsync()
    {
        if (theCase.CaseId is null)
            return [];
        try
        {
            var decided = (await new CaseReader(world, theCase).DecisionsAsync())
                .Select(d => (Name: d["ruleSet"] as string ?? "", Locality: d["appliedFrom"] as string ?? "", Version: Convert.ToInt32(d["version"], System.Globalization.CultureInfo.InvariantCulture)))
                .Distinct()
                .ToList();
            var hashes = await world.ReadAsync(db => db.Definitions.Where(r => r.Kind == DefinitionKind.RuleSet).Select(r => new { Name = r.Key, r.Locality, r.Version, r.ContentHash }).ToListAsync());
            return decided
                .Select(d => new RuleSetUsed(d.Name, d.Locality, d.Version,
                    hashes.FirstOrDefault(h => h.Name == d.Name && h.Locality == d.Locality && h.Version == d.Version)?.ContentHash))
                .ToList();
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbUpdateException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The result matters more than its provenance: record the outcome without rule sets.
            return [];
        }
    }

    private static string StepWords(StepInfo step) => $"{step.StepDefinitionType} {step.Text}";

    private static Dictionary<string, string>? ExampleRow(IOrderedDictionary? arguments)
    {
        if (arguments is null || arguments.Count == 0)
            return null;
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in arguments)
            row[entry.Key.ToString()!] = entry.Value?.ToString() ?? "";
        return row;
    }
}
