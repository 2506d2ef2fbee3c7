using Pathway.Cases.Validation;

namespace Pathway.Cases.Assessments;

/// <summary>
/// The structured trusted assessment one best-placed assessor makes on behalf of every
/// discipline. The MDT tipping points (self-neglect, carer crisis...) feed the MDT selection rules.
/// </summary>
public sealed record TrustedAssessment(
    int? ClinicalFrailtyScale,
    string? MobilityAndFalls,
    string? Cognition,
    string? Skin,
    string? Continence,
    string? MedicationConcerns,
    string? HomeEnvironment,
    string? CarerStrain,
    string? WhatMattersToThePerson,
    string? RisksDiscussedWithThePerson,
    bool SelfNeglect = false,
    bool CarerCrisis = false,
    bool Multimorbidity = false,
    bool RecentDischarge = false,
    bool RecentAdmission = false,
    bool ComplexEndOfLife = false,
    int CrisesLast90Days = 0,
    bool HighServiceUse = false,
    DateTimeOffset? FirstContactAt = null)
{
    /// <summary>
    /// Checks every field. <paramref name="now"/> bounds the first contact time: the assessor
    /// records when they first saw the person (the Community Services Data Set's first care
    /// contact), which may be before the write-up but never after it.
    /// </summary>
    public void Validate(DateTimeOffset now)
    {
        var errors = new FormErrors();
        if (FirstContactAt > now)
            errors.Add("firstContactAt", "is in the future: give the time the person was first seen, or leave it empty for now");
        errors.Range("clinicalFrailtyScale", ClinicalFrailtyScale, 1, 9);
        errors.Required("mobilityAndFalls", MobilityAndFalls, "describe mobility and any falls");
        errors.Required("cognition", Cognition, "describe cognition (e.g. no concerns, new confusion)");
        errors.Required("skin", Skin, "describe skin integrity");
        errors.Required("continence", Continence, "describe continence");
        errors.Required("medicationConcerns", MedicationConcerns, "list concerns or write 'none'");
        errors.Required("homeEnvironment", HomeEnvironment, "describe the home and its hazards");
        errors.Required("carerStrain", CarerStrain, "describe carer strain or write 'no carer'");
        errors.Required("whatMattersToThePerson", WhatMattersToThePerson, "record what matters to the person, in their words");
        errors.Required("risksDiscussedWithThePerson", RisksDiscussedWithThePerson, "record the risks discussed with the person and their view");
        if (CrisesLast90Days is < 0 or > 365)
            errors.Add("crisesLast90Days", $"{CrisesLast90Days} is out of range: a count from 0");
        errors.ThrowIfAny();
    }

    /// <summary>What the pathway's MDT selection rules (and the response measures) read from the assessment.</summary>
    public Dictionary<string, object?> ToCaseVariables(DateTimeOffset now) => new(StringComparer.Ordinal)
    {
        ["firstContactAt"] = (FirstContactAt ?? now).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["clinicalFrailtyScale"] = (long)ClinicalFrailtyScale!.Value,
        ["selfNeglect"] = SelfNeglect,
        ["carerCrisis"] = CarerCrisis,
        ["multimorbidity"] = Multimorbidity,
        ["recentDischarge"] = RecentDischarge,
        ["recentAdmission"] = RecentAdmission,
        ["complexEndOfLife"] = ComplexEndOfLife,
        ["crisesLast90Days"] = (long)CrisesLast90Days,
        ["highServiceUse"] = HighServiceUse,
    };
}
