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
    /// </summary>
    public static CaseReplay Of(PastCase pastCase, IRuleSetEvaluator after)
    {
        if (pastCase.Decisions.Count == 0)
            return new(pastCase, [], "no rule-set decision was journalled for it");
        if (pastCase.Decisions.FirstOrDefault(d => d.Facts is null) is { } old)
            return new(pastCase, [], $"its {old.RuleSet} decision was journalled without the case's facts (by an engine before facts were recorded)");
        var carried = new Dictionary<string, object?>(StringComparer.Ordinal);
        var replayed = new List<ReplayedDecision>(pastCase.Decisions.Count);
        foreach (var decision in pastCase.Decisions)
        {
            var facts = new Dictionary<string, object?>(decision.Facts!, StringComparer.Ordinal);
            foreach (var (name, value) in carried)
                facts[name] = value;
            ReplayedDecision outcome;
            try
            {
                var now = after.Evaluate(decision.RuleSet, pastCase.Locality, facts);
                outcome = new ReplayedDecision(decision, now.RuleName, now.Outputs, Error: null);
                foreach (var (name, value) in now.Outputs)
                    carried[name] = value;
            }
            catch (RuleSetException ex)
            {
                outcome = new ReplayedDecision(decision, null, new Dictionary<string, object?>(), ex.Message);
            }
            replayed.Add(outcome);
        }
        return new(pastCase, replayed, null);
    }
}

/// <summary>A decision before (as recorded) and after (replayed); <see cref="AfterRule"/> is null when the other version set could not decide.</summary>
public sealed record ReplayedDecision(RecordedDecision Before, string? AfterRule, IReadOnlyDictionary<string, object?> AfterOutputs, string? Error)
{
    public string BeforeKey => DecisionKey.Of(Before.RuleSet, Before.Outputs);

    public string AfterKey => AfterRule is null ? "no decision" : DecisionKey.Of(Before.RuleSet, AfterOutputs);

    public bool Changed => AfterRule != Before.Rule || BeforeKey != AfterKey;
}
