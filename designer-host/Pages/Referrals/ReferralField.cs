namespace Pathway.DesignerHost.Pages.Referrals;

public enum ReferralInput { Text, WholeNumber, DecimalNumber, Select, YesNo, Date, TextArea }

/// <summary>
/// One input of the referral form, named as the command names it (<c>person.nhsNumber</c>), so the
/// command's field errors land on the input without a translation table. A question as the label
/// needs a <paramref name="Noun"/> for messages ("Consent is false…") and its own "Select whether…".
/// </summary>
public sealed record ReferralField(string Name, string Label, ReferralInput Input, string? Hint = null, bool Optional = false, string? Noun = null, string? IfMissing = null)
{
    /// <summary>The HTML id; the error summary links to it.</summary>
    public string Id => Name.Replace('.', '-');

    /// <summary>What messages call the field.</summary>
    public string Subject => Noun ?? Label;

    /// <summary>The NHS error message for an empty required field: "Enter…" or "Select…".</summary>
    public string Missing => IfMissing ?? (Input is ReferralInput.Select or ReferralInput.YesNo ? $"Select {Lower}" : $"Enter {Lower}");

    /// <summary>"Enter full name", but "Enter NHS number" and "Select Clinical Frailty Scale": acronyms and names keep their capitals.</summary>
    private string Lower => char.IsUpper(Subject[1]) || Subject.Split(' ').Skip(1).Any(w => w.Length > 1 && char.IsUpper(w[0]) && char.IsLower(w[1]))
        ? Subject
        : char.ToLowerInvariant(Subject[0]) + Subject[1..];
}
