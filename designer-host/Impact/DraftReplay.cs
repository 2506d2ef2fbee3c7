using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Impact;

/// <summary>
/// How a kind of draft is replayed over past referrals: its locality's draft loaded and checked,
/// and the version set it makes. One per kind of definition that can be replayed.
/// </summary>
public interface IDraftReplay
{
    DefinitionKind Kind { get; }

    /// <summary>The draft ready to replay, or a refusal: no draft, or one that does not load (with its load errors, never a partial report).</summary>
    Task<DraftPreparation> PrepareAsync(string key, string locality, CancellationToken cancellationToken);
}

/// <summary>
/// A draft ready to replay: the row it is (a report is kept with it), the locality whose cases it
/// reaches (null: every locality) and how it replays past cases, reporting cases done and stopping when cancelled.
/// </summary>
public sealed record PreparedReplay(DefinitionRecord Draft, string? CasesOf, ReplayCases Replay);

public delegate ImpactReport ReplayCases(IReadOnlyList<PastCase> cases, IProgress<int>? progress, CancellationToken cancellationToken);

public sealed record DraftPreparation(PreparedReplay? Replay, ProblemHttpResult? Refusal)
{
    public static DraftPreparation Refused(ProblemHttpResult refusal) => new(null, refusal);
}

/// <summary>A rule-set draft over the published version set: the same evaluator the live system uses, reading the draft in place of the published rule set.</summary>
public sealed class RuleSetDraftReplay(DefinitionQueries definitions, IRuleSetSource published) : IDraftReplay
{
    public DefinitionKind Kind => DefinitionKind.RuleSet;

    public async Task<DraftPreparation> PrepareAsync(string key, string locality, CancellationToken cancellationToken)
    {
        var row = await definitions.FindAsync(DefinitionKind.RuleSet, key, locality, DefinitionStatus.Draft, cancellationToken);
        if (row is null)
            return DraftPreparation.Refused(ProblemMapper.Refuse(ApiErrors.NoRuleSetDraft, $"rule set '{key}' has no draft for '{locality}'"));
        if (RuleSetLoader.Validate(row.Content, key) is { Count: > 0 } errors)
            return DraftPreparation.Refused(ProblemMapper.Refuse(Pathway.Rules.Validation.RuleErrorCodes.InvalidRuleSet, $"the draft of '{key}' does not load",
                new Dictionary<string, object?> { ["errors"] = errors }));
        var national = locality == Localities.National;
        var draft = new RuleSetVersion(row.Key, national ? null : locality, row.Version, row.Content, row.ContentHash);
        var after = new RuleSetEvaluator(new DraftOverlaySource(published, draft));
        return new DraftPreparation(new PreparedReplay(row, national ? null : locality, (cases, progress, ct) => ImpactAnalysis.Run(cases, after, progress, cancellationToken: ct)), null);
    }
}
