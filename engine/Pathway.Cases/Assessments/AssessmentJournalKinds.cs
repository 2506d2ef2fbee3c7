namespace Pathway.Cases.Assessments;

public static class AssessmentJournalKinds
{
    public const string Recorded = "assessment.recorded";
    public const string Accepted = "assessment.accepted";
    public const string Challenged = "assessment.challenged";
    public const string Revised = "assessment.revised";

    /// <summary>The ad-hoc task a challenge opens for the assessor.</summary>
    public const string RevisionForm = "trusted-assessment-revision";
    public const string Form = "trusted-assessment";
}
