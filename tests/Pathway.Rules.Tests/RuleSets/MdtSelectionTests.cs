namespace Pathway.Rules.Tests.RuleSets;

public class MdtSelectionTests
{
    [Theory]
    [InlineData(5L, "selfNeglect", "frailty-tipping-point", 75L)]
    [InlineData(6L, "carerCrisis", "frailty-tipping-point", 75L)]
    [InlineData(5L, "multimorbidity", "frailty-tipping-point", 75L)]
    [InlineData(7L, "selfNeglect", "severe-frailty-tipping-point", 85L)]
    [InlineData(1L, "complexEndOfLife", "complex-end-of-life", 90L)]
    [InlineData(1L, "recentAdmission", "recent-admission-or-discharge", 60L)]
    [InlineData(1L, "recentDischarge", "recent-admission-or-discharge", 60L)]
    [InlineData(1L, "highServiceUse", "high-service-use", 50L)]
    public void Evaluate_SelectionCriterion_MdtNeededWithPriority(long cfs, string flag, string rule, long priority)
    {
        var decision = TestRules.Decide("mdt-selection", null, ("clinicalFrailtyScale", cfs), (flag, true));

        Assert.Equal(rule, decision.RuleName);
        Assert.Equal(true, decision.Outputs["mdtNeeded"]);
        Assert.Equal(priority, decision.Outputs["mdtPriority"]);
        Assert.False(string.IsNullOrEmpty(decision.Outputs["mdtReason"] as string));
    }

    [Theory]
    [InlineData(4L, "selfNeglect", 0L)]
    [InlineData(6L, "housingNeed", 1L)]
    [InlineData(9L, "longLie", 0L)]
    public void Evaluate_NoCriterion_NotNeeded(long cfs, string flag, long crises)
    {
        var decision = TestRules.Decide("mdt-selection", null, ("clinicalFrailtyScale", cfs), (flag, true), ("crisesLast90Days", crises));

        Assert.Equal(false, decision.Outputs["mdtNeeded"]);
        Assert.Equal(0L, decision.Outputs["mdtPriority"]);
    }

    [Theory]
    [InlineData(1L, false)]
    [InlineData(2L, true)]
    [InlineData(3L, true)]
    public void Evaluate_RepeatedCrises_TwoOrMoreIn90Days(long crises, bool needed)
    {
        var decision = TestRules.Decide("mdt-selection", null, ("crisesLast90Days", crises));

        Assert.Equal(needed, decision.Outputs["mdtNeeded"]);
    }
}
