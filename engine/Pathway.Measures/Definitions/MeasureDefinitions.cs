namespace Pathway.Measures.Definitions;

/// <summary>
/// The written definition of every measure. The page shows each beside its chart and the CSV
/// export names it, so a figure never travels without the rule that made it.
/// </summary>
public static class MeasureDefinitions
{
    private const string ReferralReceived =
        "Referral received: the time the referral says it was received, when the referrer gave one, else when the case started.";

    private const string FirstContact =
        "First care contact: the time the assessor records on the trusted assessment as when they first saw the person (the " +
        "Community Services Data Set's first care contact); an assessment recorded without that time counts from its recording.";

    public static readonly MeasureDefinition TwoHour = new(
        "ucr-2-hour", "2-hour urgent community response: share reached within 2 hours",
        ReferralReceived + " The clock runs on through 20:00: a referral received at 19:55 is an in-hours referral and must be reached by 21:55.",
        FirstContact,
        "Referrals that triage gave the 2-hour standard, leaving out those sent out of community care (999 or the emergency department, red flags). Met: first care contact " +
        "within 120 minutes. As in CSDS, only referrals with a first care contact are in the rate; those closed or cancelled before any contact " +
        "are shown separately as 'closed before first contact', and open ones as 'awaiting first contact'. Out-of-hours referrals (received " +
        "before 08:00 or from 20:00 UK time) count when triage gave them the 2-hour standard, and are also shown apart. Ambition: 70%. Period: month of referral received (UK time).");

    public static readonly MeasureDefinition TwoHourDistribution = new(
        "ucr-2-hour-distribution", "2-hour referrals: time to first care contact",
        ReferralReceived, FirstContact,
        "The 2-hour referrals in the rate above, by minutes from referral received to first care contact; median and 90th percentile by nearest rank.");

    public static readonly MeasureDefinition TwoHourBreakdown = new(
        "ucr-2-hour-breakdown", "2-hour response by locality, team, referral source and presenting need",
        ReferralReceived, FirstContact,
        "As the 2-hour measure, split by the case's locality, team, referral source and presenting need as given at referral.");

    public static readonly MeasureDefinition TwoDay = new(
        "reablement-2-day", "2-day reablement: share started within 2 days",
        ReferralReceived, FirstContact,
        "Referrals that triage gave the 2-day reablement standard. Met: first care contact within 48 hours of referral received. Referrals without a " +
        "first contact are left out of the rate, as for the 2-hour measure. Period: month of referral received.");

    public static readonly MeasureDefinition TimeToAssessment = new(
        "time-to-assessment", "Time to trusted assessment",
        ReferralReceived,
        "The first trusted assessment completed (an assessment escalated and offered again counts once, when first completed).",
        "Referrals in community care with a completed trusted assessment, by response standard; median and 90th percentile hours.");

    public static readonly MeasureDefinition AssessmentReview = new(
        "assessments-reviewed", "Trusted assessments accepted or challenged by the receiving service",
        "Not timed.", "Not timed.",
        "Each time another discipline accepted or challenged a trusted assessment, against the number of completed trusted assessments. " +
        "Both are 0 when no one has yet reviewed an assessment.");

    public static readonly MeasureDefinition Mdt = new(
        "mdt", "MDT reviews",
        "Selected for MDT review: the MDT selection rules deciding the case needs the MDT.",
        "The MDT decision recorded at the huddle (completing the MDT review task).",
        "Cases selected for MDT review, reviewed, median hours from selection to review, reviews whose time ran out (overdue). Person " +
        "involvement: the share of reviewed cases whose decision records the person as present or consulted; declined, and a best-interests " +
        "decision for a person who lacks capacity, count as not involved. Carer involvement: the same share over reviewed cases where the person " +
        "has carers (people recorded as having no carers are left out). Positive risk-taking: decisions that accept a risk with the person, which the decision form takes " +
        "only with the risk, the mitigation agreed and the person's choice recorded. The first decision of a case counts.");

    public static readonly MeasureDefinition Handovers = new(
        "handovers", "Handovers to receiving services",
        "The first plan that asks a receiving service to take the person on (a handover is needed).",
        "The receiving service's response accepting it. A decline (its reason is required) and a later acceptance is one handover: the " +
        "clock runs from the first request through the decline.",
        "Handovers requested, accepted, median and 90th percentile hours to acceptance, declines (every 'no', with its reason), cases accepted " +
        "after a decline, and escalations (the time to answer ran out before the service replied).");

    public static readonly MeasureDefinition OutcomesByNeed = new(
        "outcomes-by-need", "Outcomes by presenting need",
        "Not timed.", "Case closed.",
        "Closed cases by the outcome recorded when closing the case (admission avoided, admitted, died in preferred place, referred on, declined " +
        "by the person); cases sent out of community care are 'redirected', cancelled cases 'cancelled'. Period: referral received.");

    public static readonly MeasureDefinition OutcomesBySource = new(
        "outcomes-by-source", "Outcomes by referral source",
        "Not timed.", "Case closed.",
        "As outcomes by need, split by the referral source.");

    public static readonly MeasureDefinition Workload = new(
        "workload", "Workload: open and overdue tasks by role and team",
        "The task being offered.", "The task completed or withdrawn.",
        "Tasks open now (ready or claimed) on the worklist, and those past their due time. A snapshot of now: the period, source and need filters do not apply.");

    public static IReadOnlyList<MeasureDefinition> All { get; } =
        [TwoHour, TwoHourDistribution, TwoHourBreakdown, TwoDay, TimeToAssessment, AssessmentReview, Mdt, Handovers, OutcomesByNeed, OutcomesBySource, Workload];
}
