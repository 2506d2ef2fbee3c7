using System.Text.Json.Serialization;

namespace Pathway.Rules.Facts;

/// <summary>
/// The referral model: the case variables a rule may read, typed. Rules see it as the
/// parameter <c>referral</c>; JSON names are the case variable names. A variable the case
/// lacks keeps the default (null, 0, false). Age, frailty and hour are nullable because 0
/// is a real value for none of them and a missing one must not look like "under 18" or "night".
/// </summary>
public sealed class CaseFacts
{
    // Triage
    [JsonPropertyName("presentingNeed")] public string? PresentingNeed { get; set; }
    [JsonPropertyName("age")] public int? Age { get; set; }
    [JsonPropertyName("clinicalFrailtyScale")] public int? ClinicalFrailtyScale { get; set; }
    [JsonPropertyName("news2Score")] public int News2Score { get; set; }
    [JsonPropertyName("news2SingleParameterScore3")] public bool News2SingleParameterScore3 { get; set; }
    [JsonPropertyName("setting")] public string? Setting { get; set; }
    [JsonPropertyName("endOfLife")] public bool EndOfLife { get; set; }
    [JsonPropertyName("carerStatus")] public string? CarerStatus { get; set; }
    [JsonPropertyName("hourOfDay")] public int? HourOfDay { get; set; }
    [JsonPropertyName("dayOfWeek")] public string? DayOfWeek { get; set; }
    [JsonPropertyName("referralSource")] public string? ReferralSource { get; set; }
    [JsonPropertyName("locality")] public string? Locality { get; set; }

    // Red flags
    [JsonPropertyName("suspectedFracture")] public bool SuspectedFracture { get; set; }
    [JsonPropertyName("headInjury")] public bool HeadInjury { get; set; }
    [JsonPropertyName("onAnticoagulants")] public bool OnAnticoagulants { get; set; }
    [JsonPropertyName("longLie")] public bool LongLie { get; set; }
    [JsonPropertyName("housingNeed")] public bool HousingNeed { get; set; }
    [JsonPropertyName("lossOfConsciousness")] public bool LossOfConsciousness { get; set; }
    [JsonPropertyName("sepsisSuspected")] public bool SepsisSuspected { get; set; }
    [JsonPropertyName("strokeSuspected")] public bool StrokeSuspected { get; set; }
    [JsonPropertyName("mentalHealthCrisis")] public bool MentalHealthCrisis { get; set; }

    // MDT selection, set from the trusted assessment
    [JsonPropertyName("selfNeglect")] public bool SelfNeglect { get; set; }
    [JsonPropertyName("carerCrisis")] public bool CarerCrisis { get; set; }
    [JsonPropertyName("multimorbidity")] public bool Multimorbidity { get; set; }
    [JsonPropertyName("recentDischarge")] public bool RecentDischarge { get; set; }
    [JsonPropertyName("recentAdmission")] public bool RecentAdmission { get; set; }
    [JsonPropertyName("complexEndOfLife")] public bool ComplexEndOfLife { get; set; }
    [JsonPropertyName("crisesLast90Days")] public int CrisesLast90Days { get; set; }
    [JsonPropertyName("highServiceUse")] public bool HighServiceUse { get; set; }
    [JsonPropertyName("reablementPotential")] public bool ReablementPotential { get; set; }

    // Outputs of earlier rule sets, read by later ones (escalation keys on triage)
    [JsonPropertyName("responseStandard")] public string? ResponseStandard { get; set; }
    [JsonPropertyName("assessorRole")] public string? AssessorRole { get; set; }
    [JsonPropertyName("outsideCommunityCare")] public bool OutsideCommunityCare { get; set; }
}
