using Pathway.Cases.Referrals;

namespace Pathway.DesignerHost.Pages.Referrals;

/// <summary>A choice on the form: the value the command takes and the words a call handler reads.</summary>
public sealed record Choice(string Value, string Label);

/// <summary>
/// Plain-English labels for the referral vocabulary. The values come from
/// <see cref="ReferralVocabulary"/>, so a word added there shows on the form, by its value until it has a label.
/// </summary>
public static class ReferralChoices
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["111"] = "NHS 111",
        ["999-ambulance"] = "999 ambulance crew",
        ["gp"] = "GP",
        ["self-or-carer"] = "The person or their carer",
        ["care-home"] = "Care home",
        ["social-care"] = "Social care",
        ["other"] = "Other",
        ["fall"] = "A fall",
        ["frailty-decompensation"] = "Frailty: managing less well than usual",
        ["reduced-function"] = "Less able to do everyday things",
        ["palliative-crisis"] = "End of life care crisis",
        ["urgent-equipment"] = "Needs equipment urgently",
        ["confusion-delirium"] = "New or worse confusion (delirium)",
        ["catheter-care"] = "Catheter problem",
        ["diabetes-support"] = "Diabetes support",
        ["carer-breakdown"] = "Carer can no longer cope",
        ["own-home"] = "Their own home",
        ["none"] = "No carer",
        ["coping"] = "Carer is coping",
        ["strained"] = "Carer is under strain",
        ["breakdown"] = "Carer can no longer cope",
        ["main-carer"] = "Main carer",
        ["involved"] = "Involved in care",
        ["informed"] = "Kept informed",
        ["not-involved"] = "Not involved",
        ["phone"] = "by phone",
        ["api"] = "through the referral API",
        ["fhir"] = "by NHS e-referral (BaRS)",
        ["alert"] = "Alert",
        ["confusion"] = "New confusion",
        ["voice"] = "Responds to voice",
        ["pain"] = "Responds to pain",
        ["unresponsive"] = "Unresponsive",
    };

    public static IReadOnlyList<Choice> Sources { get; } = From(ReferralVocabulary.Sources);
    public static IReadOnlyList<Choice> PresentingNeeds { get; } = From(ReferralVocabulary.PresentingNeeds);
    public static IReadOnlyList<Choice> Settings { get; } = From(ReferralVocabulary.Settings);
    public static IReadOnlyList<Choice> CarerStatuses { get; } = From(ReferralVocabulary.CarerStatuses);
    /// <summary>The localities in the database that the signed-in person serves, by name: the only ones they may refer for.</summary>
    public static IReadOnlyList<Choice> Localities(IEnumerable<Pathway.Cases.Localities.Locality> served) => [.. served.Select(l => new Choice(l.Code, l.Name))];
    public static IReadOnlyList<Choice> Consciousness { get; } = From(Pathway.Cases.Referrals.Consciousness.Values);

    /// <summary>The Clinical Frailty Scale (Rockwood, version 2), 1 to 9.</summary>
    public static IReadOnlyList<Choice> FrailtyScale { get; } =
    [
        new("1", "1 Very fit"), new("2", "2 Fit"), new("3", "3 Managing well"), new("4", "4 Living with very mild frailty"),
        new("5", "5 Living with mild frailty"), new("6", "6 Living with moderate frailty"), new("7", "7 Living with severe frailty"),
        new("8", "8 Living with very severe frailty"), new("9", "9 Terminally ill"),
    ];

    /// <summary>The words for a vocabulary value (a source, need, setting, carer involvement...), or the value itself when it has none.</summary>
    public static string LabelOf(string? value) => value is null ? "Not recorded" : Labels.GetValueOrDefault(value, value);

    private static Choice[] From(IEnumerable<string> values) => [.. values.Select(v => new Choice(v, Labels.GetValueOrDefault(v, v)))];
}
