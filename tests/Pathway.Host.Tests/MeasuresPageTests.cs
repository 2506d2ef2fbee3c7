using Pathway.DesignerHost.Pages.Measures;
using Pathway.Measures.Definitions;
using Pathway.Measures.Export;

namespace Pathway.Host.Tests;

/// <summary>The measures page's row cautions: a rate on fewer than 10 referrals is low numbers; a row of none has no rate to caution.</summary>
public sealed class MeasuresPageTests
{
    private static readonly MeasureView TwoHour = new(MeasureDefinitions.TwoHour, null, ["Month", "Referrals with first contact", "Within 2 hours", "%"], [], [], "", 0);

    [Theory]
    [InlineData("0", false)]
    [InlineData("3", true)]
    [InlineData("9", true)]
    [InlineData("10", false)]
    public void IsLowNumbers_ARowsRate_IsCautionedOnlyOnOneToNineReferrals(string referrals, bool low) =>
        Assert.Equal(low, IndexModel.IsLowNumbers(TwoHour, ["Jun 2026", referrals, "1", "50.0"]));

    [Fact]
    public void IsLowNumbers_ATableWithoutARate_IsNeverCautioned() =>
        Assert.False(IndexModel.IsLowNumbers(TwoHour with { Headers = ["Role", "Referrals", "Open"] }, ["nurse", "2", "2"]));
}
