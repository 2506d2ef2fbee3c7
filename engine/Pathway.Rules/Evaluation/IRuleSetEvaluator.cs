namespace Pathway.Rules.Evaluation;

/// <summary>Decides a business rule task. Thread-safe; throws <see cref="RuleSetException"/> when it cannot decide.</summary>
public interface IRuleSetEvaluator
{
    /// <param name="locality">The case's locality, or null/empty for national rules only.</param>
    RuleDecision Evaluate(string ruleSet, string? locality, IReadOnlyDictionary<string, object?> variables);
}
