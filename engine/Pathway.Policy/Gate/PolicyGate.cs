using Pathway.Policy.Running;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Policy.Gate;

/// <summary>
/// Before a publish: every spec that applies (the national set's for a national change, and
/// each locality's own) runs against the would-be version set. After it: those runs become
/// the Policy page's live results, and an override's reason is journalled beside each failure.
/// </summary>
public sealed class PolicyGate(DefinitionQueries definitions, PolicyRunner runner, PolicyJournal journal) : IPublishGate
{
    private IReadOnlyList<PolicyRun> _runs = [];

    public async Task<GateVerdict> CheckAsync(DefinitionRecord candidate, PublishRequest request, CancellationToken cancellationToken)
    {
        var wouldBe = new DefinitionRecord
        {
            Id = candidate.Id, Kind = candidate.Kind, Key = candidate.Key, Locality = candidate.Locality, Version = candidate.Version,
            Status = DefinitionStatus.Published, Content = candidate.Content, ContentHash = candidate.ContentHash,
            CreatedAt = candidate.CreatedAt, CreatedBy = candidate.CreatedBy,
        };
        IReadOnlyList<string> reached = candidate.Locality == Localities.National
            ? await definitions.LocalitiesAsync(cancellationToken)
            : [candidate.Locality];
        var runs = new List<PolicyRun>();
        foreach (var locality in reached)
            runs.Add(await runner.RunAsync((await definitions.PublishedSetAsync(locality, cancellationToken)).With([wouldBe]), cancellationToken));
        _runs = runs;
        return new GateVerdict(runs.Sum(r => r.Scenarios.Count), [.. runs.SelectMany(r => r.Scenarios).Where(s => !s.Passed)
            .Select(s => new GateFailure(s.Locality, s.SpecKey, s.Feature, s.Title, s.FailedStep, s.Message ?? ""))]);
    }

    public async Task PublishedAsync(DefinitionRecord published, PublishRequest request, GateVerdict? verdict, CancellationToken cancellationToken)
    {
        var what = $"{published.Kind} {published.Key} v{published.Version} ({published.Locality})";
        await journal.RecordAsync(_runs, $"publish of {what} by {request.Actor}", cancellationToken);
        if (verdict is { Passed: false } && !string.IsNullOrWhiteSpace(request.OverrideReason))
            await journal.OverrideAsync(_runs.SelectMany(r => r.Scenarios).Where(s => !s.Passed), request.OverrideReason, request.Actor, what, cancellationToken);
    }
}
