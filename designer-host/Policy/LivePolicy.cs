using Pathway.Policy.Gate;
using Pathway.Policy.Running;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Policy;

/// <summary>
/// The Policy page's truth: the published specs, each scenario's result from its locality's
/// latest run against the published definitions, the versions that run used, and the overrides.
/// </summary>
public sealed class LivePolicy(DefinitionQueries definitions, PolicyJournal journal)
{
    public async Task<LivePolicyView> LoadAsync(CancellationToken cancellationToken)
    {
        var specs = (await definitions.VersionsAsync(DefinitionKind.Spec, cancellationToken)).Where(s => s.Status == DefinitionStatus.Published);
        var runs = await journal.LatestRunsAsync(cancellationToken);
        var results = new SpecResults(runs.Count == 0 ? null : runs.Max(r => r.RanAt), [.. runs.SelectMany(r => r.Scenarios.Select(s => new SpecResult(
            s.SpecLocality == Localities.National ? PolicyDocuments.NationalFolder : $"{PolicyDocuments.LocalitiesFolder}/{s.SpecLocality}",
            s.Feature, s.Scenario, s.Example, s.Passed ? "passed" : "failed", s.FailedStep, s.Message, r.RanAt, null)))]);
        var library = PolicyDocuments.Build(specs.Select(s => (s.Locality, s.Key, s.Content)), results);
        return new LivePolicyView(library, runs, await journal.StandingOverridesAsync(cancellationToken));
    }
}

public sealed record LivePolicyView(PolicyLibrary Library, IReadOnlyList<PolicyRun> Runs, IReadOnlyList<PolicyOverrideRecord> Overrides);
