namespace Pathway.Measures.Projection;

/// <summary>Node ids and journal kinds of the shipped admission-avoidance pathway the measures key on.</summary>
public static class PathwayNodes
{
    public const string TrustedAssessment = "TrustedAssessment";
    public const string ResponseWindowPassed = "ResponseWindowPassed";
    public const string AssessmentEscalation = "AssessmentEscalation";
    public const string MdtReview = "MdtReview";
    public const string MdtReviewOverdue = "MdtReviewOverdue";
    public const string PlanHandover = "PlanHandover";
    public const string AcceptanceWindowPassed = "AcceptanceWindowPassed";
    public const string CloseWithOutcome = "CloseWithOutcome";
    public const string HandoverResponse = "handover-response";

    // Lines the case-work commands write beside the engine's; read when present, never required.
    public const string AssessmentRecorded = "assessment.recorded";
    public const string AssessmentAccepted = "assessment.accepted";
    public const string AssessmentChallenged = "assessment.challenged";
    public const string CaseClosed = "case.closed";
    public const string CaseOutcome = "case.outcome";
}
