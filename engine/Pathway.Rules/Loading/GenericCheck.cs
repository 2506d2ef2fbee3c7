using Pathway.Rules.Validation;

namespace Pathway.Rules.Loading;

/// <summary>The outcome of checking a foreign RulesEngine file: errors, and workflows whose expressions could not be compiled for want of input types.</summary>
public sealed record GenericCheck(IReadOnlyList<RuleSetError> Errors, IReadOnlyList<string> NotCompiled)
{
    public bool Loads => Errors.Count == 0;
}
