namespace Pathway.Measures.Rollup;

/// <summary>The counts a case adds to its rollup cell; the dashboard sums them over the cells a filter covers.</summary>
public enum TallyCounter
{
    Referrals,

    // The response standard of the cell's case (2-hour or 2-day), referrals in community care only.
    ResponseReferrals,
    ResponseCounted,
    ResponseMet,
    ResponseCountedOutOfHours,
    ResponseMetOutOfHours,
    ClosedBeforeContact,
    AwaitingContact,

    Assessed,
    AssessmentsAccepted,
    AssessmentsChallenged,

    MdtSelected,
    MdtReviewed,
    MdtOverdue,
    MdtPersonCounted,
    MdtPersonInvolved,
    MdtCarerCounted,
    MdtCarerInvolved,
    MdtPositiveRisk,

    HandoverRequested,
    HandoverAccepted,
    HandoverCasesWithDecline,
    HandoverDeclines,
    HandoverAcceptedAfterDecline,
    HandoverEscalated,
}

/// <summary>Times kept as histograms of tenths (of a minute or an hour): the dashboard rounds to a tenth, so a median from them equals one from the raw values.</summary>
public enum TallyHistogram
{
    ResponseMinutes,
    AssessmentHours,
    MdtReviewHours,
    HandoverHours,
}

/// <summary>Counts by a label that is not a cell dimension.</summary>
public enum TallyLabel
{
    MdtReason,
    DeclineReason,
    Ending,
}
