using Pathway.Cases.Validation;

namespace Pathway.Cases.Closure;

/// <summary>How the case ended for the person; an admission needs its reason, for learning.</summary>
public sealed record CaseClosure(string? Outcome, string? Reason)
{
    public static readonly IReadOnlyList<string> Outcomes = Pathway.Engine.Vocabulary.ClosureOutcomes.Ids;

    public void Validate()
    {
        var errors = new FormErrors();
        errors.OneOf("outcome", Outcome, Outcomes);
        if (Outcome == Pathway.Engine.Vocabulary.ClosureOutcomes.Admitted)
            errors.Required("reason", Reason, "say why the person was admitted");
        errors.MaxLength("reason", Reason, 2000);
        errors.ThrowIfAny();
    }
}
