using Pathway.Measures.Projection;

namespace Pathway.Measures.Tests.Queries;

public sealed class OtherMeasuresTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_day_reablement_is_met_within_48_hours()
    {
        await using var db = new TestDatabase();
        db.Case(At, need: "reduced-function").Triage(At, "2-day").Assessed(At.AddHours(47));
        db.Case(At, need: "reduced-function").Triage(At, "2-day").Assessed(At.AddHours(49));

        var dashboard = await db.DashboardAsync();

        Assert.Equal((2, 1), (dashboard.TwoDay.Headline.Counted, dashboard.TwoDay.Headline.Met));
        Assert.Equal(0, dashboard.TwoHour.Referrals);
    }

    [Fact]
    public async Task Time_to_trusted_assessment_counts_the_first_completion_after_an_escalation()
    {
        // given an assessment escalated at 3 hours and completed at 4
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour")
            .TimerFired(PathwayNodes.ResponseWindowPassed, At.AddHours(2))
            .TimerFired(PathwayNodes.AssessmentEscalation, At.AddHours(3))
            .Assessed(At.AddHours(4));

        var dashboard = await db.DashboardAsync();
        var rows = await db.RowsAsync();

        Assert.Equal(4.0, dashboard.TimeToAssessment.Single(t => t.Label == "2-hour").MedianHours);
        Assert.True(rows.Single().ResponseAlerted);
        Assert.True(rows.Single().AssessmentEscalated);
    }

    [Fact]
    public async Task Accepted_and_challenged_assessments_come_from_case_work_lines()
    {
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).AssessmentAccepted(At.AddHours(2));
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).AssessmentChallenged(At.AddHours(2), "no falls risk score");
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1));

        var review = (await db.DashboardAsync()).AssessmentReview;

        Assert.Equal(new(3, 1, 1), review);
    }

    [Fact]
    public async Task Mdt_counts_reviews_time_to_review_involvement_and_positive_risk_from_the_decision()
    {
        // given three reviews: the person present with carers consulted and a risk accepted; a best-interests
        // decision for a person without capacity, who has no carers; a person and carer who both declined
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).MdtSelected(At.AddHours(1))
            .MdtDecided(At.AddHours(25), "present", "consulted", riskAccepted: true);
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).MdtSelected(At.AddHours(1))
            .TimerFired(PathwayNodes.MdtReviewOverdue, At.AddHours(25))
            .MdtDecided(At.AddHours(49), "lacks-capacity-best-interests", "no-carers");
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).MdtSelected(At.AddHours(1))
            .MdtDecided(At.AddHours(13), "declined", "declined");
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).MdtSelected(At.AddHours(1), needed: false);

        // when
        var mdt = (await db.DashboardAsync()).Mdt;

        // then only present or consulted is involvement, and carers count only where there are carers
        Assert.Equal((3, 3, 1), (mdt.Selected, mdt.Reviewed, mdt.Overdue));
        Assert.Equal(24.0, mdt.MedianHoursToReview);
        Assert.Equal((3, 1), (mdt.PersonInvolved.Counted, mdt.PersonInvolved.Met));
        Assert.Equal((2, 1), (mdt.CarerInvolved.Counted, mdt.CarerInvolved.Met));
        Assert.Equal(1, mdt.PositiveRiskRecorded);
    }

    [Fact]
    public async Task Handover_declined_then_accepted_is_one_handover_timed_from_the_first_request()
    {
        // given a handover asked for at 5h, declined at 6h, asked again at 6h30 and accepted at 8h
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1))
            .HandoverPlanned(At.AddHours(5), "reablement")
            .HandoverResponse(At.AddHours(6), accepted: false, declineReason: "no capacity")
            .HandoverPlanned(At.AddHours(6.5), "social-care")
            .HandoverResponse(At.AddHours(8), accepted: true);
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1))
            .HandoverPlanned(At.AddHours(2), "gp")
            .TimerFired(PathwayNodes.AcceptanceWindowPassed, At.AddHours(3))
            .HandoverResponse(At.AddHours(4), accepted: false);

        var handover = (await db.DashboardAsync()).Handover;

        Assert.Equal((2, 1), (handover.Requested, handover.Accepted));
        Assert.Equal(3.0, handover.MedianHoursToAcceptance);
        Assert.Equal((2, 2, 1, 1), (handover.CasesWithDecline, handover.Declines, handover.AcceptedAfterDecline, handover.Escalated));
        Assert.Equal([new("no capacity", 1), new("not given", 1)], handover.DeclineReasons);
    }

    [Fact]
    public async Task Handover_answers_journalled_by_an_earlier_pathway_version_still_count()
    {
        // given one case answered with the single handover-response message of earlier versions, declined then accepted
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1))
            .HandoverPlanned(At.AddHours(2), "reablement")
            .HandoverResponse(At.AddHours(3), accepted: false, declineReason: "no capacity", earlierVersion: true)
            .HandoverPlanned(At.AddHours(3.5), "gp")
            .HandoverResponse(At.AddHours(4), accepted: true, earlierVersion: true);

        var handover = (await db.DashboardAsync()).Handover;

        Assert.Equal((1, 1), (handover.Requested, handover.Accepted));
        Assert.Equal((1, 1, 1), (handover.CasesWithDecline, handover.Declines, handover.AcceptedAfterDecline));
    }

    [Fact]
    public async Task Outcomes_are_broken_down_by_need_and_source()
    {
        await using var db = new TestDatabase();
        db.Case(At, need: "fall", source: "gp").Triage(At, "2-hour").Assessed(At.AddHours(1)).Closed(At.AddHours(9), "admission-avoided");
        db.Case(At, need: "fall", source: "111").Triage(At, "2-hour").Assessed(At.AddHours(1)).Closed(At.AddHours(9), "admitted");
        db.Case(At, need: "palliative-crisis", source: "gp").Triage(At, "2-hour").Assessed(At.AddHours(1)).Closed(At.AddHours(9), "died-in-preferred-place");
        db.Case(At, need: "fall", source: "gp").Triage(At, "2-hour");

        var dashboard = await db.DashboardAsync();

        Assert.Equal(["admission-avoided", "admitted", "died-in-preferred-place"], dashboard.OutcomesByNeed.Outcomes);
        Assert.Equal([1, 1, 0], dashboard.OutcomesByNeed.Rows.Single(r => r.Label == "fall").Counts);
        Assert.Equal([1, 0, 1], dashboard.OutcomesBySource.Rows.Single(r => r.Label == "gp").Counts);
    }

    [Fact]
    public async Task Closure_takes_the_outcome_and_reason_CloseCase_journals_after_the_engine_completes_the_case()
    {
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).Closed(At.AddHours(9), "admitted", "acute deterioration");

        var dashboard = await db.DashboardAsync();
        var row = Assert.Single(await db.RowsAsync());

        Assert.Equal(["admitted"], dashboard.OutcomesByNeed.Outcomes);
        Assert.Equal(("admitted", "acute deterioration", "completed"), (row.Outcome, row.OutcomeReason, row.EndStatus));
    }

    [Fact]
    public async Task Handover_not_required_is_not_a_handover()
    {
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).HandoverPlanned(At.AddHours(2), receivingService: null).Closed(At.AddHours(3), "admission-avoided");

        var handover = (await db.DashboardAsync()).Handover;

        Assert.Equal(0, handover.Requested);
    }
}
