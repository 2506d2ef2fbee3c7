using Pathway.Rules.Validation;

namespace Pathway.Runtime.Rules;

/// <summary>A rule set refused on save or publish; the version in force stays in force.</summary>
public sealed class RuleSetValidationException(string ruleSet, IReadOnlyList<RuleSetError> errors)
    : Exception($"Rule set '{ruleSet}' is not valid: " + string.Join("; ", errors.Select(e => $"{e.Code} {e.Message}")))
{
    public string RuleSet { get; } = ruleSet;

    public IReadOnlyList<RuleSetError> Errors { get; } = errors;
}
