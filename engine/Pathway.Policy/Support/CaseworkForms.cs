using System.Globalization;
using Pathway.Cases.Assessments;
using Pathway.Cases.Closure;
using Pathway.Cases.Handovers;
using Pathway.Cases.Huddles;

namespace Pathway.Policy.Support;

/// <summary>
/// Builds the forms the case-work commands take from a scenario's details. What the policy
/// under test requires (the MDT's record of involvement and risk, a closure's outcome) comes
/// only from the scenario; clerical narrative the scenario does not care about is filled with
/// synthetic text so the form is complete.
/// </summary>
public static class CaseworkForms
{
    private const string Noted = "Synthetic: nothing of note";

    public static TrustedAssessment Assessment(IReadOnlyDictionary<string, object?> d, IReadOnlyDictionary<string, object?> caseVariables) => new(
        ClinicalFrailtyScale: (int)(Number(d, "clinicalFrailtyScale") ?? Number(caseVariables, "clinicalFrailtyScale") ?? 5),
        MobilityAndFalls: Text(d, "mobilityAndFalls") ?? Noted,
        Cognition: Text(d, "cognition") ?? Noted,
        Skin: Text(d, "skin") ?? Noted,
        Continence: Text(d, "continence") ?? Noted,
        MedicationConcerns: Text(d, "medicationConcerns") ?? "none",
        HomeEnvironment: Text(d, "homeEnvironment") ?? Noted,
        CarerStrain: Text(d, "carerStrain") ?? "no carer",
        WhatMattersToThePerson: Text(d, "whatMattersToThePerson") ?? "Synthetic: to stay at home",
        RisksDiscussedWithThePerson: Text(d, "risksDiscussedWithThePerson") ?? "Synthetic: falls risk discussed and understood",
        SelfNeglect: Flag(d, "selfNeglect"),
        CarerCrisis: Flag(d, "carerCrisis"),
        Multimorbidity: Flag(d, "multimorbidity"),
        RecentDischarge: Flag(d, "recentDischarge"),
        RecentAdmission: Flag(d, "recentAdmission"),
        ComplexEndOfLife: Flag(d, "complexEndOfLife"),
        CrisesLast90Days: (int)(Number(d, "crisesLast90Days") ?? 0),
        HighServiceUse: Flag(d, "highServiceUse"));

    public static MdtDecision Decision(IReadOnlyDictionary<string, object?> d, DateTimeOffset now)
    {
        var riskAccepted = Flag(d, "riskAccepted");
        var risk = Text(d, "risk");
        var action = Text(d, "action");
        return new MdtDecision(
            DisciplinesPresent: List(d, "disciplinesPresent") ?? ["community-physiotherapist", "district-nurse", "social-worker"],
            PersonInvolvement: Text(d, "personInvolvement"),
            CarerInvolvement: Text(d, "carerInvolvement"),
            OptionsDiscussed: List(d, "optionsDiscussed") ?? ["Synthetic: stay at home with support", "Synthetic: short-term residential care"],
            Decision: Text(d, "decision"),
            RiskAccepted: riskAccepted,
            PositiveRiskTaking: risk is null && Text(d, "personsChoice") is null
                ? null
                : new PositiveRiskTaking(risk, Text(d, "mitigationAgreed"), Text(d, "personsChoice")),
            Actions: action is null
                ? []
                : [new MdtAction(action, Text(d, "actionOwner") is { } owner ? PolicyWords.Role(owner) : null, null, now + PolicyWords.Duration(Text(d, "actionDueIn") ?? "1 day"))]);
    }

    public static HandoverPlan Handover(IReadOnlyDictionary<string, object?> d)
    {
        var required = d.GetValueOrDefault("handoverRequired") as bool?;
        return new HandoverPlan(required, Text(d, "receivingService"), Text(d, "summary") ?? (required == true ? "Synthetic: assessed at home; needs daily visits for a week" : null));
    }

    public static CaseClosure Closure(IReadOnlyDictionary<string, object?> d) => new(Text(d, "outcome"), Text(d, "reason"));

    private static string? Text(IReadOnlyDictionary<string, object?> d, string key) =>
        d.GetValueOrDefault(key) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    private static long? Number(IReadOnlyDictionary<string, object?> d, string key) => d.GetValueOrDefault(key) as long?;

    private static bool Flag(IReadOnlyDictionary<string, object?> d, string key) => d.GetValueOrDefault(key) is true;

    private static List<string>? List(IReadOnlyDictionary<string, object?> d, string key) =>
        Text(d, key)?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
