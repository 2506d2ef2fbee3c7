namespace Pathway.Cases.Worklist;

/// <summary>Refusals added with the screens that ask the commands' permission rules (the PW4660-4679 range).</summary>
public static class WorklistErrorCodes
{
    /// <summary>The reviewer has already accepted or challenged this version of the assessment.</summary>
    public const string AlreadyReviewed = "PW4660";

    /// <summary>The case has ended: its assessment is no longer open to review.</summary>
    public const string CaseEnded = "PW4661";

    /// <summary>Only the receiving service's role, or a coordinator on its behalf, answers a handover.</summary>
    public const string NotReceivingService = "PW4662";

    /// <summary>A review task is done by accepting or challenging the assessment, not completed as a form.</summary>
    public const string ReviewThroughAssessment = "PW4663";
}
