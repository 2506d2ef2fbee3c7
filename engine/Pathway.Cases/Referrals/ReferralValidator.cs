using Pathway.Cases.People;
using Pathway.Cases.Validation;

namespace Pathway.Cases.Referrals;

/// <summary>Checks a referral whole, naming each wrong field and its fix, before anything is written.</summary>
public static class ReferralValidator
{
    /// <param name="localities">The locality codes in the database: a referral names one of them.</param>
    public static void Validate(Referral referral, DateTimeOffset receivedAt, IReadOnlyCollection<string> localities)
    {
        var errors = new FormErrors();
        ValidatePerson(referral.Person, receivedAt, localities, errors);
        errors.OneOf("referralSource", referral.ReferralSource, ReferralVocabulary.Sources);
        errors.OneOf("presentingNeed", referral.PresentingNeed, ReferralVocabulary.PresentingNeeds);
        errors.Range("clinicalFrailtyScale", referral.ClinicalFrailtyScale, 1, 9);
        ValidateObservations(referral.Observations, errors);
        if (referral.ConsentGiven is null)
            errors.Add("consentGiven", "is required: say whether the person consented to the referral (true or false)");
        else if (referral.ConsentGiven == false)
            errors.Add("consentGiven", "is false: a referral needs the person's consent, or a best-interests decision recorded as consent");
        errors.MaxLength("whatMatters", referral.WhatMatters, 2000);
        if (referral.CarerStatus is not null)
            errors.OneOf("carerStatus", referral.CarerStatus, ReferralVocabulary.CarerStatuses);
        if (referral.ReablementPotential is null && ReferralVocabulary.NeedsAskingReablementPotential.Contains(referral.PresentingNeed ?? ""))
            errors.Add("reablementPotential", $"is required when the presenting need is '{referral.PresentingNeed}': say whether short-term reablement could restore the person's everyday function (true or false)");
        if (referral.Setting is not null)
            errors.OneOf("setting", referral.Setting, ReferralVocabulary.Settings);
        for (var i = 0; i < (referral.Carers?.Count ?? 0); i++)
        {
            var carer = referral.Carers![i];
            errors.Required($"carers[{i}].name", carer?.Name, "the carer's name");
            errors.OneOf($"carers[{i}].involvement", carer?.Involvement, ReferralVocabulary.CarerInvolvement);
        }
        if (referral.SafeguardingFlags?.Any(string.IsNullOrWhiteSpace) == true)
            errors.Add("safeguardingFlags", "has an empty entry: remove it or describe the concern");
        errors.ThrowIfAny();
    }

    private static void ValidatePerson(PersonDetails? person, DateTimeOffset receivedAt, IReadOnlyCollection<string> localities, FormErrors errors)
    {
        if (person is null)
        {
            errors.Add("person", "is required: the person's NHS number, name, date of birth and locality");
            return;
        }
        if (string.IsNullOrWhiteSpace(person.NhsNumber))
            errors.Add("person.nhsNumber", "is required: 10 digits, e.g. 943 476 5919");
        else if (NhsNumber.Normalise(person.NhsNumber) is null)
            errors.Add("person.nhsNumber", $"'{person.NhsNumber}' fails the NHS number check digit (modulus 11): check the digits");
        errors.Required("person.name", person.Name, "the person's full name");
        errors.MaxLength("person.name", person.Name, 200);
        if (person.DateOfBirth is not { } born)
            errors.Add("person.dateOfBirth", "is required: a date as yyyy-MM-dd");
        else if (born > DateOnly.FromDateTime(receivedAt.UtcDateTime) || born.Year < 1890)
            errors.Add("person.dateOfBirth", $"{born:yyyy-MM-dd} is not a possible date of birth: check the year");
        errors.OneOf("person.locality", person.Locality, localities);
        errors.MaxLength("person.postcode", person.Postcode, 10);
    }

    private static void ValidateObservations(News2Observations? o, FormErrors errors)
    {
        if (o is null)
        {
            errors.Add("observations", "is required: the seven NEWS2 observations");
            return;
        }
        Range(errors, "observations.respirationRate", o.RespirationRate, 1, 80, "breaths per minute");
        Range(errors, "observations.oxygenSaturation", o.OxygenSaturation, 50, 100, "SpO2 per cent, scale 1");
        if (o.SupplementalOxygen is null)
            errors.Add("observations.supplementalOxygen", "is required: true if on oxygen, false if on air");
        Range(errors, "observations.systolicBloodPressure", o.SystolicBloodPressure, 40, 300, "mmHg");
        Range(errors, "observations.pulse", o.Pulse, 20, 250, "beats per minute");
        errors.OneOf("observations.consciousness", o.Consciousness, Consciousness.Values);
        if (o.Temperature is null)
            errors.Add("observations.temperature", "is required: degrees Celsius, e.g. 36.8");
        else if (o.Temperature < 25 || o.Temperature > 45)
            errors.Add("observations.temperature", $"{o.Temperature} is out of range: degrees Celsius from 25 to 45");
    }

    private static void Range(FormErrors errors, string field, int? value, int min, int max, string unit)
    {
        if (value is null)
            errors.Add(field, $"is required: {unit}");
        else if (value < min || value > max)
            errors.Add(field, $"{value} is out of range: {unit} from {min} to {max}");
    }
}
