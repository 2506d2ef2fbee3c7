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
}
