using Pathway.Cases.Assessments;
using Pathway.Cases.Referrals;

namespace Pathway.Cli.Simulation;

/// <summary>One synthetic person's referral: who refers, for what, how frail and unwell, and what the assessment will find.</summary>
public sealed record SyntheticReferral(Guid CaseId, string Locality, DateTimeOffset At, Referral Referral, TrustedAssessment Findings)
{
    /// <summary>The community team for the locality works the case, as intake decides (RuleInputs).</summary>
    public string Team => Locality;

    public bool HasCarer => Referral.CarerStatus != "none";
}
