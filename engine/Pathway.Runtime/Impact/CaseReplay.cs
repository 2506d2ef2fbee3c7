using Pathway.Engine.Model;
using Pathway.Rules.Evaluation;

namespace Pathway.Runtime.Impact;

/// <summary>What one past case's decisions would have been under another version set.</summary>
public sealed record CaseReplay(PastCase Case, IReadOnlyList<ReplayedDecision> Decisions, string? CannotReplay)
{
    public bool Changed => Decisions.Any(d => d.Changed);

    /// <summary>
    /// Replays a case's decisions in order through <paramref name="after"/>. Each decision sees
    /// the facts recorded for it, with what earlier replayed decisions output in place of what
    /// they output at the time, so a changed triage flows into the escalation windows after it.
    /// With a pathway draft, each decision is made by the draft's rule task at the same element,
    /// and what the pathway does with it follows it as a decision of its own.
    /// </summary>
    public static CaseReplay Of(PastCase pastCase, IRuleSetEvaluator after, PathwayReplay? pathway = null)
    {
        if (pastCase.Decisions.Count == 0)
            return new(pastCase, [], "no rule-set decision was journalled for it");
        if (pastCase.Decisions.FirstOrDefault(d => d.Facts is null) is { } old)
            return new(pastCase, [], $"its {old.RuleSet} decision was journalled without the case's facts (by an engine before facts were recorded)");
        var before = pathway?.Before.GetValueOrDefault(pastCase.PathwayDefinitionId);
        var carried = new Dictionary<string, object?>(StringComparer.Ordinal);
        var recorded = new Dictionary<string, object?>(StringComparer.Ordinal);
        var replayed = new List<ReplayedDecision>(pastCase.Decisions.Count);
        foreach (var decision in pastCase.Decisions)
        {
            var facts = new Dictionary<string, object?>(decision.Facts!, StringComparer.Ordinal);
            foreach (var (name, value) in carried)
                facts[name] = value;
            var ruleSet = decision.RuleSet;
            string? notMade = null;
            if (before is not null && decision.NodeId is { } node)
            {
                if (pathway!.After.Nodes.GetValueOrDefault(node) is BusinessRuleTask task)
                    ruleSet = task.RuleSet;
                else
                    notMade = $"the pathway draft has no rule task '{node}'";
            }
            var outcome = notMade is null ? Decide(after, ruleSet, pastCase.Locality, decision, facts) : new ReplayedDecision(decision, null, new Dictionary<string, object?>(), notMade);
            foreach (var (name, value) in outcome.AfterOutputs)
                carried[name] = value;
            replayed.Add(outcome);
            if (before is not null && decision.NodeId is { } at)
                replayed.Add(Step(decision, at, before, pathway!.After, recorded, facts, outcome));
            foreach (var (name, value) in decision.Outputs)
                recorded[name] = value;
        }
        return new(pastCase, replayed, null);
    }

    private static ReplayedDecision Decide(IRuleSetEvaluator after, string ruleSet, string locality, RecordedDecision decision, Dictionary<string, object?> facts)
    {
        try
        {
            var now = after.Evaluate(ruleSet, locality, facts);
            return new ReplayedDecision(decision, now.RuleName, now.Outputs, Error: null);
        }
        catch (RuleSetException ex)
        {
            return new ReplayedDecision(decision, null, new Dictionary<string, object?>(), ex.Message);
        }
    }

    /// <summary>
    /// Where the pathway takes the case from the decision's element: on its own version with the
    /// outputs recorded then (this decision's and earlier ones'), and on the draft with those replayed now.
    /// </summary>
    private static ReplayedDecision Step(
        RecordedDecision decision, string nodeId, PathwayModel before, PathwayModel after,
        Dictionary<string, object?> recorded, Dictionary<string, object?> facts, ReplayedDecision outcome)
    {
        var then = new Dictionary<string, object?>(decision.Facts!, StringComparer.Ordinal);
        foreach (var (name, value) in recorded.Concat(decision.Outputs))
            then[name] = value;
        foreach (var (name, value) in outcome.AfterOutputs)
            facts[name] = value;
        var was = PathwayStep.After(before, nodeId, then) ?? $"no element '{nodeId}'";
        var now = outcome.AfterRule is null ? null : PathwayStep.After(after, nodeId, facts);
        return new ReplayedDecision(
            new RecordedDecision(decision.At, PathwayStep.RuleSet, 0, nodeId, new Dictionary<string, object?> { [PathwayStep.Output] = was }, decision.Facts, nodeId),
            now is null ? null : nodeId,
            now is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { [PathwayStep.Output] = now },
            now is null ? outcome.Error : null);
    }
}

/// <summary>A decision before (as recorded) and after (replayed); <see cref="AfterRule"/> is null when the other version set could not decide.</summary>
public sealed record ReplayedDecision(RecordedDecision Before, string? AfterRule, IReadOnlyDictionary<string, object?> AfterOutputs, string? Error)
{
    public string BeforeKey => DecisionKey.Of(Before.RuleSet, Before.Outputs);

    public string AfterKey => AfterRule is null ? "no decision" : DecisionKey.Of(Before.RuleSet, AfterOutputs);

    public bool Changed => AfterRule != Before.Rule || BeforeKey != AfterKey;
}
