using Pathway.Cases.Validation;

namespace Pathway.Cases.Huddles;

/// <summary>
/// An MDT huddle's decision: who was there, how the person and their carers took part, the
/// options, the decision, the risk the person chose to take, and actions with owners.
/// </summary>
public sealed record MdtDecision(
    IReadOnlyList<string>? DisciplinesPresent,
    string? PersonInvolvement,
    string? CarerInvolvement,
    IReadOnlyList<string>? OptionsDiscussed,
    string? Decision,
    bool RiskAccepted,
    PositiveRiskTaking? PositiveRiskTaking,
    IReadOnlyList<MdtAction>? Actions)
{
    public static readonly IReadOnlyList<string> PersonInvolvementValues = ["present", "consulted", "declined", "lacks-capacity-best-interests"];
    public static readonly IReadOnlyList<string> CarerInvolvementValues = ["present", "consulted", "declined", "no-carers"];

    public void Validate(DateTimeOffset now)
    {
        var errors = new FormErrors();
        if (DisciplinesPresent is not { Count: > 0 } || DisciplinesPresent.Any(string.IsNullOrWhiteSpace))
            errors.Add("disciplinesPresent", "is required: list the disciplines at the huddle, e.g. [\"district-nurse\", \"social-worker\"]");
        errors.OneOf("personInvolvement", PersonInvolvement, PersonInvolvementValues);
        errors.OneOf("carerInvolvement", CarerInvolvement, CarerInvolvementValues);
        if (OptionsDiscussed is not { Count: > 0 } || OptionsDiscussed.Any(string.IsNullOrWhiteSpace))
            errors.Add("optionsDiscussed", "is required: list the options the MDT considered");
        errors.Required("decision", Decision, "state what the MDT decided");
        if (RiskAccepted)
        {
            if (PositiveRiskTaking is null)
                errors.Add("positiveRiskTaking", "is required when riskAccepted is true: the risk, the mitigation agreed and the person's choice");
            else
            {
                errors.Required("positiveRiskTaking.risk", PositiveRiskTaking.Risk, "name the risk accepted");
                errors.Required("positiveRiskTaking.mitigationAgreed", PositiveRiskTaking.MitigationAgreed, "record the mitigation agreed");
                errors.Required("positiveRiskTaking.personsChoice", PositiveRiskTaking.PersonsChoice, "record the person's choice in their words");
            }
        }
        for (var i = 0; i < (Actions?.Count ?? 0); i++)
            Actions![i].Validate($"actions[{i}]", now, errors);
        errors.ThrowIfAny();
    }
}

public sealed record PositiveRiskTaking(string? Risk, string? MitigationAgreed, string? PersonsChoice);

/// <summary>An action the MDT agreed; the pathway offers it as a task to its owner (a role or a named person).</summary>
public sealed record MdtAction(string? Description, string? OwnerRole, string? OwnerPerson, DateTimeOffset? DueAt)
{
    /// <summary>The item the pathway's "MDT action" task runs over; with no owner role, the action stays with the MDT's own role.</summary>
    public Dictionary<string, object?> ForPathway(string mdtRole) => new(StringComparer.Ordinal)
    {
        ["description"] = Description!.Trim(),
        ["ownerRole"] = string.IsNullOrWhiteSpace(OwnerRole) ? mdtRole : OwnerRole.Trim(),
        ["ownerPerson"] = string.IsNullOrWhiteSpace(OwnerPerson) ? null : OwnerPerson.Trim(),
        ["dueAt"] = DueAt,
    };

    public void Validate(string field, DateTimeOffset now, FormErrors errors)
    {
        errors.Required($"{field}.description", Description, "say what is to be done");
        if (string.IsNullOrWhiteSpace(OwnerRole) && string.IsNullOrWhiteSpace(OwnerPerson))
            errors.Add($"{field}.ownerRole", "is required (or ownerPerson): who owns the action");
        if (DueAt is null)
            errors.Add($"{field}.dueAt", "is required: when the action is due, e.g. 2026-12-01T17:00:00Z");
        else if (DueAt <= now)
            errors.Add($"{field}.dueAt", "is in the past: give a future due time");
    }
}
