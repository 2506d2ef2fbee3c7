namespace Pathway.Cases.Assessments;

public static class AssessmentJournalKinds
{
    public const string Recorded = Pathway.Engine.Runtime.JournalKinds.AssessmentRecorded;
    public const string Accepted = Pathway.Engine.Runtime.JournalKinds.AssessmentAccepted;
    public const string Challenged = Pathway.Engine.Runtime.JournalKinds.AssessmentChallenged;
    public const string Revised = Pathway.Engine.Runtime.JournalKinds.AssessmentRevised;

    /// <summary>The ad-hoc task a challenge opens for the assessor.</summary>
    public const string RevisionForm = "trusted-assessment-revision";
    public const string Form = "trusted-assessment";
}
