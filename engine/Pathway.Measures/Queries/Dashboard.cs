namespace Pathway.Measures.Queries;

/// <summary>Every measure for one filter: aggregates only, nothing that identifies a person.</summary>
public sealed record Dashboard(
    MeasureFilter Filter,
    DateOnly From,
    DateOnly To,
    int Referrals,
    ResponseMeasure TwoHour,
    ResponseMeasure TwoDay,
    IReadOnlyList<DurationSummary> TimeToAssessment,
    AssessmentReview AssessmentReview,
    MdtMeasure Mdt,
    HandoverMeasure Handover,
    OutcomeBreakdown OutcomesByNeed,
    OutcomeBreakdown OutcomesBySource,
    IReadOnlyList<WorkloadRow> Workload,
    DimensionValues Dimensions);

/// <summary>Counted referrals and how many met the standard; the rate is null when none were counted.</summary>
public sealed record Rate(string Label, int Counted, int Met)
{
    public double? Percent => Counted == 0 ? null : Math.Round(100.0 * Met / Counted, 1);
}

/// <summary>A response standard: the headline, its monthly trend, the time distribution and breakdowns.</summary>
public sealed record ResponseMeasure(
    int Referrals,
    Rate Headline,
    IReadOnlyList<Rate> Trend,
    Rate InHours,
    Rate OutOfHours,
    int ClosedBeforeContact,
    int AwaitingContact,
    IReadOnlyList<Count> Distribution,
    double? MedianMinutes,
    double? P90Minutes,
    IReadOnlyList<Rate> ByLocality,
    IReadOnlyList<Rate> ByTeam,
    IReadOnlyList<Rate> BySource,
    IReadOnlyList<Rate> ByNeed);

public sealed record Count(string Label, int Value);

public sealed record DurationSummary(string Label, int Counted, double? MedianHours, double? P90Hours);

public sealed record AssessmentReview(int Assessed, int Accepted, int Challenged);

public sealed record MdtMeasure(
    int Selected, int Reviewed, double? MedianHoursToReview, int Overdue,
    Rate PersonInvolved, Rate CarerInvolved, int PositiveRiskRecorded, IReadOnlyList<Count> ByReason);

public sealed record HandoverMeasure(
    int Requested, int Accepted, double? MedianHoursToAcceptance, double? P90HoursToAcceptance,
    int CasesWithDecline, int Declines, int AcceptedAfterDecline, int Escalated, IReadOnlyList<Count> DeclineReasons);

/// <summary>Outcome counts for each value of a dimension (need or source): rows by dimension, columns by outcome.</summary>
public sealed record OutcomeBreakdown(IReadOnlyList<string> Outcomes, IReadOnlyList<OutcomeRow> Rows);

public sealed record OutcomeRow(string Label, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}

public sealed record WorkloadRow(string Role, string Team, int Open, int Overdue);

/// <summary>The values each filter can take, for the filter form's choices.</summary>
public sealed record DimensionValues(
    IReadOnlyList<string> Localities, IReadOnlyList<string> Teams, IReadOnlyList<string> Sources, IReadOnlyList<string> Needs);
