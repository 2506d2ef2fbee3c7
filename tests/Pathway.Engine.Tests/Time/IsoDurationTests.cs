using Pathway.Engine.Time;

namespace Pathway.Engine.Tests.Time;

/// <summary>UK clocks go forward at 01:00 GMT on the last Sunday of March and back at 01:00 GMT on the last Sunday of October.</summary>
public sealed class IsoDurationTests
{
    private static readonly TimeZoneInfo London = ServiceTimeZone.UnitedKingdom;

    public static TheoryData<string, DateTimeOffset, DateTimeOffset> Cases => new()
    {
        // A 2-hour response window is 120 elapsed minutes, even when the clocks change inside it.
        { "PT2H", new(2026, 3, 29, 0, 30, 0, TimeSpan.Zero), new(2026, 3, 29, 2, 30, 0, TimeSpan.Zero) },
        { "PT2H", new(2026, 10, 25, 0, 30, 0, TimeSpan.FromHours(1)), new(2026, 10, 25, 1, 30, 0, TimeSpan.Zero) },
        // A day is a calendar day: 10:00 to 10:00 wall clock, 23 or 25 hours across the change.
        { "P1D", new(2026, 3, 28, 10, 0, 0, TimeSpan.Zero), new(2026, 3, 29, 10, 0, 0, TimeSpan.FromHours(1)) },
        { "P1D", new(2026, 10, 24, 10, 0, 0, TimeSpan.FromHours(1)), new(2026, 10, 25, 10, 0, 0, TimeSpan.Zero) },
        // A wall-clock time the clocks skip moves on by the gap.
        { "P1D", new(2026, 3, 28, 1, 30, 0, TimeSpan.Zero), new(2026, 3, 29, 2, 30, 0, TimeSpan.FromHours(1)) },
        { "P2DT12H", new(2026, 6, 6, 10, 0, 0, TimeSpan.FromHours(1)), new(2026, 6, 8, 22, 0, 0, TimeSpan.FromHours(1)) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AddTo_AcrossUkClockChanges_FollowsElapsedTimeAndCalendarDays(string duration, DateTimeOffset start, DateTimeOffset expected)
    {
        // when
        var end = IsoDuration.Parse(duration).AddTo(start, London);

        // then
        Assert.Equal(expected.UtcDateTime, end.UtcDateTime);
    }

    [Fact]
    public void AddTo_TwoHoursAcrossSpringForward_Is120ElapsedMinutes()
    {
        // given 00:30 GMT, half an hour before the clocks go forward
        var start = new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);

        // when
        var end = IsoDuration.Parse("PT2H").AddTo(start, London);

        // then the wall clock reads 03:30 BST, though only two hours have passed
        Assert.Equal(TimeSpan.FromMinutes(120), end - start);
        Assert.Equal(new DateTime(2026, 3, 29, 3, 30, 0), TimeZoneInfo.ConvertTime(end, London).DateTime);
    }

    [Theory]
    [InlineData("PT2H", true)]
    [InlineData("P1W", true)]
    [InlineData("P", false)]
    [InlineData("PT", false)]
    [InlineData("P1DT", false)]
    [InlineData("2 hours", false)]
    [InlineData("PT0S", false)]
    public void TryParse_Text_AcceptsOnlyNonZeroIsoDurations(string text, bool valid)
    {
        Assert.Equal(valid, IsoDuration.TryParse(text, out _));
    }
}
