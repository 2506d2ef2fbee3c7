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
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).Line(PathwayNodes.AssessmentAccepted, At.AddHours(2), null);
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).Line(PathwayNodes.AssessmentChallenged, At.AddHours(2), null, new() { ["reason"] = "no falls risk score" });
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1));

        var review = (await db.DashboardAsync()).AssessmentReview;

        Assert.Equal(new(3, 1, 1), review);
    }

    [Fact]
    public async Task Mdt_counts_reviews_time_to_review_involvement_and_positive_risk()
    {
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).MdtSelected(At.AddHours(1))
            .Completed(PathwayNodes.MdtReview, At.AddHours(25), new() { ["personInvolved"] = true, ["carerInvolved"] = false, ["positiveRiskTaking"] = true });
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).MdtSelected(At.AddHours(1))
            .TimerFired(PathwayNodes.MdtReviewOverdue, At.AddHours(25))
            .Completed(PathwayNodes.MdtReview, At.AddHours(49), new() { ["personInvolved"] = false, ["positiveRiskRecord"] = "stays at home with falls sensor" });
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1)).MdtSelected(At.AddHours(1), needed: false);

        var mdt = (await db.DashboardAsync()).Mdt;

        Assert.Equal((2, 2, 1), (mdt.Selected, mdt.Reviewed, mdt.Overdue));
        Assert.Equal(24.0, mdt.MedianHoursToReview);
        Assert.Equal(50.0, mdt.PersonInvolved.Percent);
        Assert.Equal((1, 0), (mdt.CarerInvolved.Counted, mdt.CarerInvolved.Met));
        Assert.Equal(2, mdt.PositiveRiskRecorded);
    }

    [Fact]
    public async Task Handover_declined_then_accepted_is_one_handover_timed_from_the_first_request()
    {
        // given a handover asked for at 5h, declined at 6h, asked again at 6h30 and accepted at 8h
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1))
            .Completed(PathwayNodes.PlanHandover, At.AddHours(5), new() { ["handoverRequired"] = true, ["receivingService"] = "reablement" })
            .HandoverResponse(At.AddHours(6), accepted: false, declineReason: "no capacity")
            .Completed(PathwayNodes.PlanHandover, At.AddHours(6.5), new() { ["handoverRequired"] = true, ["receivingService"] = "district-nursing" })
            .HandoverResponse(At.AddHours(8), accepted: true);
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddHours(1))
            .Completed(PathwayNodes.PlanHandover, At.AddHours(2), new() { ["handoverRequired"] = true })
            .TimerFired(PathwayNodes.AcceptanceWindowPassed, At.AddHours(3))
            .HandoverResponse(At.AddHours(4), accepted: false);

        var handover = (await db.DashboardAsync()).Handover;

        Assert.Equal((2, 1), (handover.Requested, handover.Accepted));
        Assert.Equal(3.0, handover.MedianHoursToAcceptance);
        Assert.Equal((2, 2, 1, 1), (handover.CasesWithDecline, handover.Declines, handover.AcceptedAfterDecline, handover.Escalated));
        Assert.Equal([new("no capacity", 1), new("not given", 1)], handover.DeclineReasons);
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
    public async Task Case_closed_by_the_case_work_commands_counts_its_outcome()
    {
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour").Line(PathwayNodes.CaseClosed, At.AddHours(1), null, new() { ["outcome"] = "declined-by-person" });

        var dashboard = await db.DashboardAsync();

        Assert.Equal(1, dashboard.TwoHour.ClosedBeforeContact);
        Assert.Equal(["declined-by-person"], dashboard.OutcomesByNeed.Outcomes);
    }
}
