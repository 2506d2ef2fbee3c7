using Pathway.Cases.Assessments;

namespace Pathway.Cli.Simulation;

/// <summary>One synthetic person's referral: who refers, for what, how frail and unwell, and what the assessment will find.</summary>
public sealed record SyntheticReferral(
    Guid CaseId, string Locality, string Team, DateTimeOffset At, Dictionary<string, object?> Variables, TrustedAssessment Findings)
{
    public bool HasCarer => Variables["carerStatus"] as string != "none";
}
