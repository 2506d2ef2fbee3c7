using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pathway.Cases.Referrals;
using Pathway.Cases.Validation;

namespace Pathway.DesignerHost.Pages.Referrals;

/// <summary>
/// Reads the posted phone-referral form into the <see cref="Referral"/> the API takes, and puts every
/// problem (a number that is not one here, the command's field errors there) against its input.
/// Whether the referral is complete and sensible is the command's question, not the form's.
/// </summary>
public static class ReferralForm
{
    /// <summary>In page order, which the error summary follows.</summary>
    public static IReadOnlyList<ReferralField> Fields { get; } =
    [
        new("person.nhsNumber", "NHS number", ReferralInput.Text, "10 digits, for example 943 476 5919"),
        new("person.name", "Full name", ReferralInput.Text),
        new("person.dateOfBirth", "Date of birth", ReferralInput.Date, "For example, 15 3 1941"),
        new("person.postcode", "Postcode", ReferralInput.Text, Optional: true),
        new("person.locality", "Locality", ReferralInput.Select, "The team whose area the person lives in"),
        new("person.gpPractice", "GP practice", ReferralInput.Text, Optional: true),
        new("referralSource", "Who is referring", ReferralInput.Select),
        new("presentingNeed", "Main reason for the referral", ReferralInput.Select),
        new("clinicalFrailtyScale", "Clinical Frailty Scale", ReferralInput.Select),
        new("reablementPotential", "Could a few weeks of reablement get them back to doing everyday things?", ReferralInput.YesNo,
            "Reablement potential. Needed when the person is less able to do everyday things: yes sends them to the 2-day reablement response",
            Noun: "Reablement potential", IfMissing: "Select whether a few weeks of reablement could get the person back to doing everyday things"),
        new("observations.respirationRate", "Respiration rate", ReferralInput.WholeNumber, "Breaths per minute"),
        new("observations.oxygenSaturation", "Oxygen saturation (SpO2)", ReferralInput.WholeNumber, "Per cent, scale 1"),
        new("observations.supplementalOxygen", "Is the person on oxygen?", ReferralInput.YesNo, Noun: "On oxygen", IfMissing: "Select whether the person is on oxygen"),
        new("observations.systolicBloodPressure", "Systolic blood pressure", ReferralInput.WholeNumber, "mmHg"),
        new("observations.pulse", "Pulse", ReferralInput.WholeNumber, "Beats per minute"),
        new("observations.consciousness", "Level of consciousness (ACVPU)", ReferralInput.Select),
        new("observations.temperature", "Temperature", ReferralInput.DecimalNumber, "Degrees Celsius, for example 36.8"),
        new("setting", "Where the person is", ReferralInput.Select, Optional: true),
        new("carerStatus", "Carer", ReferralInput.Select, Optional: true),
        new("consentGiven", "Has the person consented to the referral?", ReferralInput.YesNo, "Or a best-interests decision was recorded as consent",
            Noun: "Consent", IfMissing: "Select whether the person consented to the referral"),
        new("whatMatters", "What matters to the person", ReferralInput.TextArea, "In their own words", Optional: true),
    ];

    /// <summary>The red flags, in the order <see cref="ClinicalFlags"/> declares them.</summary>
    public static IReadOnlyList<(string Name, string Label)> Flags { get; } =
    [
        ("flags.suspectedFracture", "Suspected fracture"), ("flags.headInjury", "Head injury"), ("flags.onAnticoagulants", "On anticoagulants"),
        ("flags.longLie", "Long lie (on the floor an hour or more)"), ("flags.housingNeed", "Housing need"),
        ("flags.lossOfConsciousness", "Lost consciousness"), ("flags.sepsisSuspected", "Sepsis suspected"),
        ("flags.strokeSuspected", "Stroke suspected"), ("flags.mentalHealthCrisis", "Mental health crisis"),
    ];

    public static ReferralField Field(string name) => Fields.Single(f => f.Name == name);

    public static IReadOnlyList<string> FieldOrder { get; } = [.. Fields.Select(f => f.Id)];

    public static Referral Read(IFormCollection form, ModelStateDictionary errors)
    {
        string? Text(string name) => form[name].ToString().Trim() is { Length: > 0 } value ? value : null;
        bool? YesNo(string name) => Text(name) switch { "yes" => true, "no" => false, _ => null };
        bool Ticked(string name) => Text(name) == "yes";
        int? Whole(string name)
        {
            if (Text(name) is not { } raw)
                return null;
            if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                return number;
            errors.AddModelError(Field(name).Id, $"{Field(name).Subject} must be a whole number, like 18");
            return null;
        }
        decimal? Decimal(string name)
        {
            if (Text(name) is not { } raw)
                return null;
            if (decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                return number;
            errors.AddModelError(Field(name).Id, $"{Field(name).Subject} must be a number, like 36.8");
            return null;
        }
        DateOnly? Date(string name)
        {
            var (day, month, year) = (Text(name + ".day"), Text(name + ".month"), Text(name + ".year"));
            if (day is null && month is null && year is null)
                return null;
            if (DateOnly.TryParseExact($"{year}-{month?.PadLeft(2, '0')}-{day?.PadLeft(2, '0')}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            errors.AddModelError(Field(name).Id, $"{Field(name).Subject} must be a real date, with a day, month and 4-digit year");
            return null;
        }

        var person = new PersonDetails(Text("person.nhsNumber"), Text("person.name"), Date("person.dateOfBirth"), Text("person.postcode"), Text("person.locality"), Text("person.gpPractice"));
        var observations = new News2Observations(
            Whole("observations.respirationRate"), Whole("observations.oxygenSaturation"), YesNo("observations.supplementalOxygen"),
            Whole("observations.systolicBloodPressure"), Whole("observations.pulse"), Text("observations.consciousness"), Decimal("observations.temperature"));
        var flags = new ClinicalFlags(
            SuspectedFracture: Ticked("flags.suspectedFracture"), HeadInjury: Ticked("flags.headInjury"), OnAnticoagulants: Ticked("flags.onAnticoagulants"),
            LongLie: Ticked("flags.longLie"), HousingNeed: Ticked("flags.housingNeed"), LossOfConsciousness: Ticked("flags.lossOfConsciousness"),
            SepsisSuspected: Ticked("flags.sepsisSuspected"), StrokeSuspected: Ticked("flags.strokeSuspected"), MentalHealthCrisis: Ticked("flags.mentalHealthCrisis"));
        return new Referral(person, Text("referralSource"), Text("presentingNeed"), Whole("clinicalFrailtyScale"), observations, YesNo("consentGiven"),
            Text("whatMatters"), Carers: null, Text("carerStatus"), EndOfLife: null, SafeguardingFlags: null, Text("setting"), flags,
            YesNo("reablementPotential"));
    }

    /// <summary>
    /// The command's field errors against the inputs that hold them; an input the form already found
    /// wrong keeps the form's message, which says more than "is required" about a value that did not parse.
    /// </summary>
    public static void AddServerErrors(FormInvalidException refusal, ModelStateDictionary errors)
    {
        foreach (var (name, messages) in refusal.Errors)
        {
            var field = Fields.FirstOrDefault(f => f.Name == name);
            if (field is not null && errors.TryGetValue(field.Id, out var already) && already.Errors.Count > 0)
                continue;
            foreach (var message in messages)
                errors.AddModelError(field?.Id ?? "", field is null ? $"Check the referral: {message}"
                    : message.StartsWith("is required", StringComparison.Ordinal) ? field.Missing
                    : $"{field.Subject} {message}");
        }
    }
}
