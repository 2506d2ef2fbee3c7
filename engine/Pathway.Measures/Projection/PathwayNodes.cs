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
    public const string HandoverAccepted = "handover-accepted";
    public const string HandoverDeclined = "handover-declined";

    /// <summary>The one answer message of pathway versions before acceptance was a race; their journals still fold.</summary>
    public const string HandoverResponse = "handover-response";

    // Lines the case-work commands (Pathway.Cases) write beside the engine's, in the same transaction.
    public const string MdtDecided = Pathway.Engine.Runtime.JournalKinds.MdtDecided;
    public const string AssessmentAccepted = Pathway.Engine.Runtime.JournalKinds.AssessmentAccepted;
    public const string AssessmentChallenged = Pathway.Engine.Runtime.JournalKinds.AssessmentChallenged;
    public const string CaseOutcome = Pathway.Engine.Runtime.JournalKinds.CaseOutcome;
}
