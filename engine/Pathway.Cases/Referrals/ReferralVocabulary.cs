namespace Pathway.Cases.Referrals;

/// <summary>The words a referral may use, shared with the rule sets that read them.</summary>
public static class ReferralVocabulary
{
    public static readonly IReadOnlyList<string> Sources = ["111", "999-ambulance", "gp", "self-or-carer", "care-home", "social-care", "other"];

    public static readonly IReadOnlyList<string> PresentingNeeds =
    [
        "fall", "frailty-decompensation", "reduced-function", "palliative-crisis", "urgent-equipment",
        "confusion-delirium", "catheter-care", "diabetes-support", "carer-breakdown", "other",
    ];

    /// <summary>The needs whose route turns on reablement potential, so a referral for one must state it.</summary>
    public static readonly IReadOnlyList<string> NeedsAskingReablementPotential = ["reduced-function"];

    public static readonly IReadOnlyList<string> Settings = ["own-home", "care-home"];

    public static readonly IReadOnlyList<string> CarerStatuses = ["none", "coping", "strained", "breakdown"];

    public static readonly IReadOnlyList<string> CarerInvolvement = ["main-carer", "involved", "informed", "not-involved"];
}
