using Pathway.Measures.Projection;

namespace Pathway.Measures.Tests.Queries;

public sealed class TwoHourResponseTests
{
    // 15 June is in British Summer Time: 18:55 UTC is 19:55 in the UK.
    private static readonly DateTimeOffset FiveToEightBst = new(2026, 6, 15, 18, 55, 0, TimeSpan.Zero);

    [Fact]
    public async Task Referral_at_1955_is_in_hours_and_the_clock_runs_on_past_2000()
    {
        // given two referrals at 19:55 UK time, first seen 1h45 and 2h05 later (after the service's 20:00 close)
        await using var db = new TestDatabase();
        db.Case(FiveToEightBst).Triage(FiveToEightBst, "2-hour").Assessed(FiveToEightBst.AddMinutes(105));
        db.Case(FiveToEightBst).Triage(FiveToEightBst, "2-hour").Assessed(FiveToEightBst.AddMinutes(125));

        // when
        var ucr = (await db.DashboardAsync()).TwoHour;

        // then both are in-hours referrals, and only the first met the standard: 20:00 does not stop the clock
        Assert.Equal((2, 1), (ucr.InHours.Counted, ucr.InHours.Met));
        Assert.Equal(0, ucr.OutOfHours.Counted);
        Assert.Equal(50.0, ucr.Headline.Percent);
    }

    [Fact]
    public async Task Referral_at_2005_is_out_of_hours_and_still_in_the_headline_when_triaged_2_hour()
    {
        await using var db = new TestDatabase();
        var fivePastEight = FiveToEightBst.AddMinutes(10);
        db.Case(fivePastEight).Triage(fivePastEight, "2-hour").Assessed(fivePastEight.AddMinutes(90));

        var ucr = (await db.DashboardAsync()).TwoHour;

        Assert.Equal((1, 1), (ucr.OutOfHours.Counted, ucr.OutOfHours.Met));
        Assert.Equal((1, 1), (ucr.Headline.Counted, ucr.Headline.Met));
    }

    [Fact]
    public async Task Case_closed_before_first_contact_is_left_out_of_the_rate_and_counted_apart()
    {
        // given one referral reached in time, one cancelled before anyone saw the person, one still waiting
        await using var db = new TestDatabase();
        var at = new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
        db.Case(at).Triage(at, "2-hour").Assessed(at.AddMinutes(60));
        db.Case(at).Triage(at, "2-hour").Cancelled(at.AddMinutes(30));
        db.Case(at).Triage(at, "2-hour");

        var ucr = (await db.DashboardAsync()).TwoHour;

        Assert.Equal(3, ucr.Referrals);
        Assert.Equal((1, 1), (ucr.Headline.Counted, ucr.Headline.Met));
        Assert.Equal(1, ucr.ClosedBeforeContact);
        Assert.Equal(1, ucr.AwaitingContact);
    }

    [Fact]
    public async Task First_contact_is_when_the_trusted_assessment_is_recorded()
    {
        await using var db = new TestDatabase();
        var at = new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
        db.Case(at).Triage(at, "2-hour").Assessed(at.AddMinutes(121));

        var ucr = (await db.DashboardAsync()).TwoHour;

        Assert.Equal((1, 0), (ucr.Headline.Counted, ucr.Headline.Met));
        Assert.Equal(1, ucr.Distribution.Single(b => b.Label == "2-3 h").Value);
    }

    [Fact]
    public async Task First_contact_is_when_the_assessor_first_saw_the_person_not_when_they_wrote_it_up()
    {
        // given a person seen at 1h50 whose assessment was written up at 2h30
        await using var db = new TestDatabase();
        var at = new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
        db.Case(at).Triage(at, "2-hour").Assessed(at.AddMinutes(150), seen: at.AddMinutes(110));

        var ucr = (await db.DashboardAsync()).TwoHour;

        Assert.Equal((1, 1), (ucr.Headline.Counted, ucr.Headline.Met));
        Assert.Equal(110, ucr.MedianMinutes);
    }

    [Fact]
    public async Task Referral_received_time_starts_the_clock_when_given()
    {
        // given a referral received 40 minutes before the case was started on the pathway
        await using var db = new TestDatabase();
        var started = new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
        db.Case(started, referredAt: started.AddMinutes(-40)).Triage(started, "2-hour").Assessed(started.AddMinutes(100));

        var ucr = (await db.DashboardAsync()).TwoHour;

        Assert.Equal(140, ucr.MedianMinutes);
        Assert.Equal(0, ucr.Headline.Met);
    }

    [Fact]
    public async Task Referrals_sent_out_of_community_care_are_not_2_hour_referrals()
    {
        await using var db = new TestDatabase();
        var at = new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
        db.Case(at).Triage(at, "2-hour", outside: true).Line("task.completed", at.AddMinutes(5), "RedirectToEmergency").Line("case.completed", at.AddMinutes(5), null);

        var dashboard = await db.DashboardAsync();

        Assert.Equal(0, dashboard.TwoHour.Referrals);
        Assert.Equal("redirected", Assert.Single(dashboard.OutcomesByNeed.Outcomes));
    }

    [Fact]
    public async Task Trend_is_by_month_of_referral_in_UK_time()
    {
        // given a referral at 23:30 UTC on 31 May, which is 00:30 on 1 June in the UK
        await using var db = new TestDatabase();
        var at = new DateTimeOffset(2026, 5, 31, 23, 30, 0, TimeSpan.Zero);
        db.Case(at).Triage(at, "2-hour").Assessed(at.AddMinutes(30));

        var ucr = (await db.DashboardAsync()).TwoHour;

        Assert.Equal("Jun 2026", Assert.Single(ucr.Trend).Label);
    }

    [Fact]
    public async Task Filters_narrow_to_a_locality_team_source_and_need()
    {
        await using var db = new TestDatabase();
        var at = new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
        db.Case(at, need: "fall", source: "gp", locality: "north-shire").Triage(at, "2-hour").Assessed(at.AddMinutes(60));
        db.Case(at, need: "fall", source: "111", locality: "north-shire").Triage(at, "2-hour").Assessed(at.AddMinutes(180));
        db.Case(at, need: "confusion-delirium", source: "gp", locality: "riverside").Triage(at, "2-hour").Assessed(at.AddMinutes(180));

        var all = await db.DashboardAsync();
        var gpFallsNorth = await db.DashboardAsync(new(Locality: "north-shire", Source: "gp", Need: "fall"));

        Assert.Equal(3, all.TwoHour.Headline.Counted);
        Assert.Equal((1, 1), (gpFallsNorth.TwoHour.Headline.Counted, gpFallsNorth.TwoHour.Headline.Met));
        Assert.Equal(["north-shire", "riverside"], all.Dimensions.Localities);
        Assert.Equal(["111", "gp"], all.TwoHour.BySource.Select(r => r.Label));
    }
}
