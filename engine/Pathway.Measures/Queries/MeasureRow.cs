namespace Pathway.Measures.Queries;

/// <summary>
/// The columns of a measure row the dashboard aggregates, times as UTC ticks. A class, not a
/// struct: the dashboard makes dozens of passes over the rows, and copying a 28-field struct
/// into every predicate cost more than the read.
/// </summary>
internal sealed record MeasureRow(
    string Locality, string Team, string Source, string Need,
    long ReferredAt, int ReferredMonth, bool OutOfHours, string? Standard, bool OutsideCommunityCare,
    long? AssessmentCompletedAt, long? FirstContactAt, double? ResponseMinutes,
    int AssessmentsAccepted, int AssessmentsChallenged,
    long? MdtSelectedAt, string? MdtReason, long? MdtReviewedAt, bool? MdtPersonInvolved, bool? MdtCarerInvolved, bool MdtPositiveRisk, bool MdtOverdue,
    long? HandoverRequestedAt, long? HandoverAcceptedAt, int HandoverDeclines, bool HandoverEscalated,
    long? EndedAt, string? EndStatus, string? Outcome)
{
    public const string Columns =
        "Locality, Team, Source, Need, ReferredAt, ReferredMonth, OutOfHours, Standard, OutsideCommunityCare, " +
        "AssessmentCompletedAt, FirstContactAt, ResponseMinutes, AssessmentsAccepted, AssessmentsChallenged, " +
        "MdtSelectedAt, MdtReason, MdtReviewedAt, MdtPersonInvolved, MdtCarerInvolved, MdtPositiveRisk, MdtOverdue, " +
        "HandoverRequestedAt, HandoverAcceptedAt, HandoverDeclines, HandoverEscalated, EndedAt, EndStatus, Outcome";

    /// <summary>How the case ended, for the outcome breakdowns: the closing outcome, else redirected or cancelled.</summary>
    public string? Ending => Outcome ?? (EndStatus is "redirected" or "cancelled" ? EndStatus : EndedAt is null ? null : "closed-without-outcome");
}
