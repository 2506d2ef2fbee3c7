namespace Pathway.Rules.Tests.RuleSets;

public class BestPlacedAssessorTests
{
    [Theory]
    [InlineData("fall", "community-physiotherapist", "fall")]
    [InlineData("frailty-decompensation", "advanced-clinical-practitioner", "frailty-decompensation")]
    [InlineData("reduced-function", "community-physiotherapist", "reduced-function")]
    [InlineData("palliative-crisis", "specialist-palliative-care-nurse", "palliative-crisis")]
    [InlineData("urgent-equipment", "occupational-therapist", "urgent-equipment")]
    [InlineData("confusion-delirium", "advanced-clinical-practitioner", "confusion-delirium")]
    [InlineData("catheter-care", "district-nurse", "catheter-care")]
    [InlineData("diabetes-support", "district-nurse", "diabetes-support")]
    [InlineData("carer-breakdown", "social-worker", "carer-breakdown")]
    public void Evaluate_EachUcrCondition_TwoHourResponseByTheBestPlacedRole(string need, string role, string rule)
    {
        var decision = TestRules.Decide("best-placed-assessor", null, ("presentingNeed", need));

        Assert.Equal(rule, decision.RuleName);
        Assert.Equal(role, decision.Outputs["assessorRole"]);
        Assert.Equal("2-hour", decision.Outputs["responseStandard"]);
        Assert.Equal("PT2H", decision.Outputs["responseWindow"]);
        Assert.Equal(false, decision.Outputs["outsideCommunityCare"]);
        Assert.Equal("national", decision.AppliedFrom);
    }

    [Theory]
    [InlineData("news2Score", 7L, "emergency-news2")]
    [InlineData("news2Score", 9L, "emergency-news2")]
    [InlineData("sepsisSuspected", true, "sepsis-suspected")]
    [InlineData("strokeSuspected", true, "stroke-suspected")]
    [InlineData("suspectedFracture", true, "suspected-fracture")]
    [InlineData("lossOfConsciousness", true, "loss-of-consciousness")]
    [InlineData("age", 17L, "under-18")]
    [InlineData("mentalHealthCrisis", true, "mental-health-crisis")]
    public void Evaluate_Exclusion_OutsideCommunityCareWithAReason(string fact, object value, string rule)
    {
        var decision = TestRules.Decide("best-placed-assessor", null, ("presentingNeed", "fall"), (fact, value));

        Assert.Equal(rule, decision.RuleName);
        Assert.Equal(true, decision.Outputs["outsideCommunityCare"]);
        Assert.False(string.IsNullOrEmpty(decision.Outputs["outsideReason"] as string));
        Assert.Equal("coordinator", decision.Outputs["assessorRole"]);
    }

    [Fact]
    public void Evaluate_HeadInjuryOnAnticoagulants_OutsideForCt_ButWithoutThemAnAcpAssesses()
    {
        var onThem = TestRules.Decide("best-placed-assessor", null, ("presentingNeed", "fall"), ("headInjury", true), ("onAnticoagulants", true));
        var without = TestRules.Decide("best-placed-assessor", null, ("presentingNeed", "fall"), ("headInjury", true));

        Assert.Equal("head-injury-on-anticoagulants", onThem.RuleName);
        Assert.Equal(true, onThem.Outputs["outsideCommunityCare"]);
        Assert.Equal("advanced-clinical-practitioner", without.Outputs["assessorRole"]);
        Assert.Equal(false, without.Outputs["outsideCommunityCare"]);
    }

    [Theory]
    [InlineData(4L, false, "fall", "community-physiotherapist")]
    [InlineData(5L, false, "news2-urgent", "advanced-clinical-practitioner")]
    [InlineData(6L, false, "news2-urgent", "advanced-clinical-practitioner")]
    [InlineData(2L, true, "news2-urgent", "advanced-clinical-practitioner")]
    [InlineData(7L, false, "emergency-news2", "coordinator")]
    public void Evaluate_News2Thresholds_RouteByUrgency(long news2, bool singleParameter3, string rule, string role)
    {
        var decision = TestRules.Decide("best-placed-assessor", null,
            ("presentingNeed", "fall"), ("news2Score", news2), ("news2SingleParameterScore3", singleParameter3));

        Assert.Equal(rule, decision.RuleName);
        Assert.Equal(role, decision.Outputs["assessorRole"]);
    }

    [Fact]
    public void Evaluate_HighNews2AtEndOfLife_PalliativeNurseNotEmergencyDepartment()
    {
        var decision = TestRules.Decide("best-placed-assessor", null,
            ("presentingNeed", "palliative-crisis"), ("endOfLife", true), ("news2Score", 8L));

        Assert.Equal("specialist-palliative-care-nurse", decision.Outputs["assessorRole"]);
    }

    [Fact]
    public void Evaluate_FallWithLongLie_AdvancedClinicalPractitioner()
    {
        var decision = TestRules.Decide("best-placed-assessor", null, ("presentingNeed", "fall"), ("longLie", true));

        Assert.Equal("fall-long-lie", decision.RuleName);
        Assert.Equal("advanced-clinical-practitioner", decision.Outputs["assessorRole"]);
    }

    [Theory]
    [InlineData("reduced-function")]
    [InlineData("other")]
    public void Evaluate_ReablementNeed_TwoDayStandard(string need)
    {
        var decision = TestRules.Decide("best-placed-assessor", null, ("presentingNeed", need), ("reablementPotential", true));

        Assert.Equal("2-day", decision.Outputs["responseStandard"]);
        Assert.Equal("P2D", decision.Outputs["responseWindow"]);
        Assert.Equal("occupational-therapist", decision.Outputs["assessorRole"]);
    }

    [Fact]
    public void Evaluate_NothingUrgent_Routine()
    {
        var decision = TestRules.Decide("best-placed-assessor", null, ("presentingNeed", "other"));

        Assert.Equal("routine", decision.RuleName);
        Assert.Equal("routine", decision.Outputs["responseStandard"]);
        Assert.Equal("P7D", decision.Outputs["responseWindow"]);
    }

    [Theory]
    [InlineData(7L, "crisis-response-nurse")]
    [InlineData(20L, "crisis-response-nurse")]
    [InlineData(8L, "advanced-clinical-practitioner")]
    [InlineData(19L, "advanced-clinical-practitioner")]
    public void Evaluate_OutsideUcrHours_OvernightCrisisResponseNurseStillWithinTwoHours(long hour, string role)
    {
        var decision = TestRules.Decide("best-placed-assessor", null, ("presentingNeed", "confusion-delirium"), ("hourOfDay", hour));

        Assert.Equal(role, decision.Outputs["assessorRole"]);
        Assert.Equal("PT2H", decision.Outputs["responseWindow"]);
    }

    [Fact]
    public void Evaluate_MissingAgeAndHour_NotTreatedAsChildOrNight()
    {
        var variables = TestRules.Referral(("presentingNeed", "catheter-care"));
        variables.Remove("age");
        variables["hourOfDay"] = null;

        var decision = TestRules.Evaluator.Evaluate("best-placed-assessor", null, variables);

        Assert.Equal("catheter-care", decision.RuleName);
    }
}
