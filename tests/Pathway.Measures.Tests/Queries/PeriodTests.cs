using System.Text.Json;
using Pathway.Measures.Projection;

namespace Pathway.Measures.Tests.Queries;

public sealed class PeriodTests
{
    [Fact]
    public async Task Period_that_starts_and_ends_mid_month_counts_the_days_at_either_end_from_the_cases()
    {
        // given 2-hour referrals on 10 January, 15 February, 20 March and 28 March
        await using var db = new TestDatabase();
        foreach (var day in new[] { new DateTimeOffset(2026, 1, 10, 10, 0, 0, TimeSpan.Zero), new(2026, 2, 15, 10, 0, 0, TimeSpan.Zero),
                     new(2026, 3, 20, 10, 0, 0, TimeSpan.Zero), new(2026, 3, 28, 10, 0, 0, TimeSpan.Zero) })
            db.Case(day).Triage(day, "2-hour").Assessed(day.AddMinutes(60));

        // when the period is 15 January to 25 March (February whole, January and March in part), and the whole quarter
        var part = await db.DashboardAsync(new(From: new(2026, 1, 15), To: new(2026, 3, 25)));
        var quarter = await db.DashboardAsync(new(From: new(2026, 1, 1), To: new(2026, 3, 31)));

        // then only the referrals inside the days are counted, whether from a whole month's rollup or a part month's cases
        Assert.Equal(2, part.Referrals);
        Assert.Equal(["Feb 2026", "Mar 2026"], part.TwoHour.Trend.Select(t => t.Label));
        Assert.Equal(4, quarter.Referrals);
        Assert.Equal(60.0, quarter.TwoHour.MedianMinutes);
    }

    [Fact]
    public async Task Whole_month_from_the_rollup_equals_the_same_cases_read_one_by_one()
    {
        // given a January of varied cases: late and early contact, MDT, a declined then accepted handover, outcomes
        await using var db = new TestDatabase();
        var at = new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
        db.Case(at, need: "fall", source: "gp").Triage(at, "2-hour").Assessed(at.AddMinutes(95)).AssessmentAccepted(at.AddHours(3))
            .MdtSelected(at.AddMinutes(95)).MdtDecided(at.AddHours(20), "consulted", "declined", riskAccepted: true)
            .HandoverPlanned(at.AddHours(21), "reablement").HandoverResponse(at.AddHours(22), accepted: false, declineReason: "no capacity")
            .HandoverPlanned(at.AddHours(23), "social-care").HandoverResponse(at.AddHours(26), accepted: true).Closed(at.AddHours(40), "admission-avoided");
        db.Case(at.AddDays(2), need: "confusion-delirium", source: "111", team: "south-team").Triage(at.AddDays(2), "2-hour")
            .TimerFired(PathwayNodes.ResponseWindowPassed, at.AddDays(2).AddHours(2)).Assessed(at.AddDays(2).AddMinutes(170))
            .AssessmentChallenged(at.AddDays(2).AddHours(4), "no falls risk score").Closed(at.AddDays(2).AddHours(30), "admitted", "fracture found");
        db.Case(at.AddDays(3), need: "reduced-function").Triage(at.AddDays(3), "2-day").Assessed(at.AddDays(4));
        db.Case(at.AddDays(4)).Triage(at.AddDays(4), "2-hour").Cancelled(at.AddDays(4).AddMinutes(20));
        db.Case(at.AddDays(5)).Triage(at.AddDays(5), "2-hour", outside: true).Line("case.completed", at.AddDays(5).AddMinutes(10), null);

        // when January is read whole (the rollup) and from its second day (every case one by one)
        var whole = await db.DashboardAsync(new(From: new(2026, 1, 1), To: new(2026, 1, 31)));
        var byCase = await db.DashboardAsync(new(From: new(2026, 1, 2), To: new(2026, 1, 31)));

        // then every measure is the same
        Assert.Equal(5, whole.Referrals);
        Assert.Equal(Measures(whole), Measures(byCase));
    }

    private static string Measures(Pathway.Measures.Queries.Dashboard dashboard) =>
        JsonSerializer.Serialize(dashboard with { Filter = new(), From = default, To = default });
}
