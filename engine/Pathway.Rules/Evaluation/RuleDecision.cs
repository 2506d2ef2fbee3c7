namespace Pathway.Rules.Evaluation;

/// <summary>
/// What a rule set decided and why: the rule that fired, where it came from ("national" or a
/// locality) and which version, the facts its expression read with their values, and the
/// outputs the runtime writes back into case variables. The journal records it as is.
/// <see cref="Facts"/> holds every fact the case had when it was decided, so the decision can
/// be replayed later against another version of the rules.
/// </summary>
public sealed record RuleDecision(
    string RuleSetName,
    string AppliedFrom,
    int Version,
    string RuleName,
    string Description,
    IReadOnlyDictionary<string, object?> Inputs,
    IReadOnlyDictionary<string, object?> Outputs,
    IReadOnlyDictionary<string, object?> Facts);
