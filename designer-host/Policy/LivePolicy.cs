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
        // A document shows the run in its own locality; a locality with no policy of its own ran the national specs as itself, shown apart.
        var results = new SpecResults(runs.Count == 0 ? null : runs.Max(r => r.RanAt), [.. runs.SelectMany(r => r.Scenarios.Where(s => s.Locality == s.SpecLocality).Select(s => new SpecResult(
            s.SpecLocality == Localities.National ? PolicyDocuments.NationalFolder : $"{PolicyDocuments.LocalitiesFolder}/{s.SpecLocality}",
            s.Feature, s.Scenario, s.Example, s.Passed ? "passed" : "failed", s.FailedStep, s.Message, r.RanAt, null)))]);
        var library = PolicyDocuments.Build(specs.Select(s => (s.Locality, s.Key, s.Content)), results);
        var checking = (await journal.AwaitingCheckAsync(cancellationToken)).ConvertAll(l => new LocalityBeingChecked(l.Code, l.Name, l.PolicyCheckQueuedAt!.Value));
        var followingNational = runs.Where(r => r.Locality != Localities.National && r.Scenarios.All(s => s.SpecLocality == Localities.National)
            && !checking.Exists(c => c.Code == r.Locality)).ToList();
        return new LivePolicyView(library, runs, await journal.StandingOverridesAsync(cancellationToken), followingNational, checking);
    }
}

/// <param name="FollowingNational">Runs of localities with no policy of their own (a new locality): the national specs, run as that locality.</param>
/// <param name="Checking">Localities just added whose policy run has not finished.</param>
public sealed record LivePolicyView(
    PolicyLibrary Library, IReadOnlyList<PolicyRun> Runs, IReadOnlyList<PolicyOverrideRecord> Overrides, IReadOnlyList<PolicyRun> FollowingNational,
    IReadOnlyList<LocalityBeingChecked> Checking);

/// <summary>A locality added at <paramref name="Since"/>, its national specs still running in the background.</summary>
public sealed record LocalityBeingChecked(string Code, string Name, DateTimeOffset Since);
