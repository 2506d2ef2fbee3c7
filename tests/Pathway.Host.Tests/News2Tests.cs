using Pathway.Cases.People;
using Pathway.Cases.Referrals;

namespace Pathway.Host.Tests;

public class News2Tests
{
    [Theory]
    [InlineData(8, 3)] [InlineData(9, 1)] [InlineData(11, 1)] [InlineData(12, 0)] [InlineData(20, 0)] [InlineData(21, 2)] [InlineData(24, 2)] [InlineData(25, 3)]
    public void Respiration_Boundaries_ScoreAsTheTable(int rate, int points) => Assert.Equal(points, News2.Respiration(rate));

    [Theory]
    [InlineData(91, 3)] [InlineData(92, 2)] [InlineData(93, 2)] [InlineData(94, 1)] [InlineData(95, 1)] [InlineData(96, 0)]
    public void OxygenSaturation_Boundaries_ScoreAsTheTable(int spo2, int points) => Assert.Equal(points, News2.OxygenSaturation(spo2));

    [Theory]
    [InlineData(90, 3)] [InlineData(91, 2)] [InlineData(100, 2)] [InlineData(101, 1)] [InlineData(110, 1)] [InlineData(111, 0)] [InlineData(219, 0)] [InlineData(220, 3)]
    public void SystolicBloodPressure_Boundaries_ScoreAsTheTable(int systolic, int points) => Assert.Equal(points, News2.SystolicBloodPressure(systolic));

    [Theory]
    [InlineData(40, 3)] [InlineData(41, 1)] [InlineData(50, 1)] [InlineData(51, 0)] [InlineData(90, 0)] [InlineData(91, 1)] [InlineData(110, 1)] [InlineData(111, 2)] [InlineData(130, 2)] [InlineData(131, 3)]
    public void Pulse_Boundaries_ScoreAsTheTable(int pulse, int points) => Assert.Equal(points, News2.Pulse(pulse));

    [Theory]
    [InlineData("35.0", 3)] [InlineData("35.1", 1)] [InlineData("36.0", 1)] [InlineData("36.1", 0)] [InlineData("38.0", 0)] [InlineData("38.1", 1)] [InlineData("39.0", 1)] [InlineData("39.1", 2)]
    public void Temperature_Boundaries_ScoreAsTheTable(string celsius, int points) =>
        Assert.Equal(points, News2.Temperature(decimal.Parse(celsius, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(18, 96, false, 128, 84, "alert", "36.9", 0, false)]
    [InlineData(22, 94, true, 105, 105, "alert", "38.5", 8, false)]
    [InlineData(18, 96, false, 128, 84, "confusion", "36.9", 3, true)]
    [InlineData(26, 90, true, 88, 135, "unresponsive", "34.8", 20, true)]
    public void Calculate_Observations_GivesAggregateAndSingleThree(int rr, int spo2, bool o2, int sbp, int hr, string acvpu, string temp, int aggregate, bool single3)
    {
        var score = News2.Calculate(new News2Observations(rr, spo2, o2, sbp, hr, acvpu, decimal.Parse(temp, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal((aggregate, single3), (score.Aggregate, score.SingleParameterScore3));
    }

    [Theory]
    [InlineData("9434765919", true)] [InlineData("943 476 5919", true)] [InlineData("6541003238", true)] [InlineData("4010232137", true)]
    [InlineData("9434765918", false)] [InlineData("3478526985", false)] [InlineData("123456789", false)] [InlineData("94347659AA", false)]
    public void NhsNumber_ModulusEleven_AcceptsOnlyValidNumbers(string number, bool valid) => Assert.Equal(valid, NhsNumber.Normalise(number) is not null);
}
