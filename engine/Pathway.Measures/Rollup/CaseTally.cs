using Pathway.Measures.Queries;
using Pathway.Measures.Storage;

namespace Pathway.Measures.Rollup;

/// <summary>
/// What one case adds to the dashboard, and to which cell. The only place the measures'
/// inclusion rules live: the projection adds it to the rollup, and the dashboard adds it
/// directly for the days of a period that do not fill a month.
/// </summary>
public static class CaseTally
{
    public const string NotRecorded = "not recorded";

    public static RollupKey KeyOf(CaseMeasureRecord c) => new(c.ReferredMonth, c.Locality, c.Team, c.Source, c.Need, c.Standard ?? "");

    /// <summary>The case's tally; its handover declines' reasons live in their own rows, so come alongside.</summary>
    public static MeasureTally Of(CaseMeasureRecord c, IEnumerable<string> declineReasons)
    {
        var tally = new MeasureTally();
        AddTo(tally, c, declineReasons);
        return tally;
    }

    /// <summary>Adds the case to a tally in place: summing many cases this way allocates nothing per case.</summary>
    public static void AddTo(MeasureTally tally, CaseMeasureRecord c, IEnumerable<string> declineReasons)
    {
        tally.Count(TallyCounter.Referrals);
        // Referrals sent out of community care (999/ED) are not the service's to reach or assess.
        if (!c.OutsideCommunityCare)
        {
            Response(tally, c);
            if (c.AssessmentCompletedAt is { } assessed && c.Standard is not null)
                tally.CountValue(TallyHistogram.AssessmentHours, Hours(c.ReferredAt, assessed));
        }
        if (c.AssessmentCompletedAt is not null)
            tally.Count(TallyCounter.Assessed);
        tally.Count(TallyCounter.AssessmentsAccepted, c.AssessmentsAccepted);
        tally.Count(TallyCounter.AssessmentsChallenged, c.AssessmentsChallenged);
        Mdt(tally, c);
        Handover(tally, c);
        foreach (var reason in declineReasons)
            tally.CountLabel(TallyLabel.DeclineReason, reason);
        if (Ending(c) is { } ending)
            tally.CountLabel(TallyLabel.Ending, ending);
    }

    /// <summary>How the case ended, for the outcome breakdowns: the closing outcome, else redirected or cancelled.</summary>
    public static string? Ending(CaseMeasureRecord c) =>
        c.Outcome ?? (c.EndStatus is "redirected" or "cancelled" ? c.EndStatus : c.EndedAt is null ? null : "closed-without-outcome");

    /// <summary>Present at the huddle or consulted before it; declining, or a best-interests decision for a person who lacks capacity, is not involvement.</summary>
    public static bool Involved(string involvement) => involvement is "present" or "consulted";

    private static void Response(MeasureTally tally, CaseMeasureRecord c)
    {
        if (ResponseStandards.LimitMinutes(c.Standard) is not { } limit)
            return;
        tally.Count(TallyCounter.ResponseReferrals);
        if (c.ResponseMinutes is not { } minutes)
        {
            tally.Count(c.EndedAt is null ? TallyCounter.AwaitingContact : TallyCounter.ClosedBeforeContact);
            return;
        }
        var met = minutes <= limit;
        tally.Count(TallyCounter.ResponseCounted);
        if (met)
            tally.Count(TallyCounter.ResponseMet);
        if (c.OutOfHours)
        {
            tally.Count(TallyCounter.ResponseCountedOutOfHours);
            if (met)
                tally.Count(TallyCounter.ResponseMetOutOfHours);
        }
        var bins = ResponseStandards.Bins(c.Standard!);
        for (var i = 0; i < bins.Count; i++)
        {
            if (minutes <= bins[i].UpTo)
            {
                tally.CountBin(i);
                break;
            }
        }
        tally.CountValue(TallyHistogram.ResponseMinutes, minutes);
    }

    private static void Mdt(MeasureTally tally, CaseMeasureRecord c)
    {
        if (c.MdtSelectedAt is not { } selected)
            return;
        tally.Count(TallyCounter.MdtSelected);
        tally.CountLabel(TallyLabel.MdtReason, c.MdtReason ?? NotRecorded);
        if (c.MdtOverdue)
            tally.Count(TallyCounter.MdtOverdue);
        if (c.MdtReviewedAt is not { } reviewed)
            return;
        tally.Count(TallyCounter.MdtReviewed);
        tally.CountValue(TallyHistogram.MdtReviewHours, Hours(selected, reviewed));
        if (c.MdtPersonInvolvement is { } person)
        {
            tally.Count(TallyCounter.MdtPersonCounted);
            if (Involved(person))
                tally.Count(TallyCounter.MdtPersonInvolved);
        }
        // Carer involvement is a rate over people who have carers.
        if (c.MdtCarerInvolvement is { } carer and not "no-carers")
        {
            tally.Count(TallyCounter.MdtCarerCounted);
            if (Involved(carer))
                tally.Count(TallyCounter.MdtCarerInvolved);
        }
        if (c.MdtPositiveRisk)
            tally.Count(TallyCounter.MdtPositiveRisk);
    }

    private static void Handover(MeasureTally tally, CaseMeasureRecord c)
    {
        if (c.HandoverRequestedAt is not { } requested)
            return;
        tally.Count(TallyCounter.HandoverRequested);
        tally.Count(TallyCounter.HandoverDeclines, c.HandoverDeclines);
        if (c.HandoverDeclines > 0)
            tally.Count(TallyCounter.HandoverCasesWithDecline);
        if (c.HandoverEscalated)
            tally.Count(TallyCounter.HandoverEscalated);
        if (c.HandoverAcceptedAt is not { } accepted)
            return;
        tally.Count(TallyCounter.HandoverAccepted);
        if (c.HandoverDeclines > 0)
            tally.Count(TallyCounter.HandoverAcceptedAfterDecline);
        tally.CountValue(TallyHistogram.HandoverHours, Hours(requested, accepted));
    }

    private static double Hours(DateTimeOffset from, DateTimeOffset to) => TimeSpan.FromTicks(to.UtcTicks - from.UtcTicks).TotalHours;
}
