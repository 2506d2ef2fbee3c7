namespace Pathway.Rules.Validation;

/// <summary>A problem in a rule set, with a stable code, where it is, and what to do about it.</summary>
public sealed record RuleSetError(string Code, string RuleSet, string? Rule, string? Expression, string Message)
{
    public override string ToString() =>
        $"{Code}: rule set '{RuleSet}'{(Rule is null ? "" : $", rule '{Rule}'")}: {Message}";
}
