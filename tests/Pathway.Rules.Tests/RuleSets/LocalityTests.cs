namespace Pathway.Rules.Tests.RuleSets;

public class LocalityTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(3L)]
    public void NorthShire_FrailtyBelow4_RoutineGpNotUcr(long cfs)
    {
        var decision = TestRules.Decide("best-placed-assessor", "north-shire", ("presentingNeed", "fall"), ("clinicalFrailtyScale", cfs));

        Assert.Equal("north-shire", decision.AppliedFrom);
        Assert.Equal("cfs-below-4-not-ucr", decision.RuleName);
        Assert.Equal("gp", decision.Outputs["assessorRole"]);
        Assert.Equal("routine", decision.Outputs["responseStandard"]);
        Assert.Equal((int)cfs, decision.Inputs["clinicalFrailtyScale"]);
    }

    [Fact]
    public void NorthShire_Frailty4OrMore_NationalRulesStillApply()
    {
        var decision = TestRules.Decide("best-placed-assessor", "north-shire", ("presentingNeed", "fall"), ("clinicalFrailtyScale", 4L));

        Assert.Equal("national", decision.AppliedFrom);
        Assert.Equal("community-physiotherapist", decision.Outputs["assessorRole"]);
    }

    [Fact]
    public void NorthShire_RedFlagBeatsTheLocalityRule()
    {
        var decision = TestRules.Decide("best-placed-assessor", "north-shire",
            ("presentingNeed", "fall"), ("clinicalFrailtyScale", 2L), ("suspectedFracture", true));

        Assert.Equal("national", decision.AppliedFrom);
        Assert.Equal("suspected-fracture", decision.RuleName);
    }

    [Fact]
    public void Riverside_HousingNeed_HousingOfficer()
    {
        var decision = TestRules.Decide("best-placed-assessor", "riverside", ("presentingNeed", "other"), ("housingNeed", true));

        Assert.Equal("riverside", decision.AppliedFrom);
        Assert.Equal("housing-officer", decision.Outputs["assessorRole"]);
    }

    [Fact]
    public void Riverside_HousingNeedWithUcrCondition_NationalAssessor()
    {
        var decision = TestRules.Decide("best-placed-assessor", "riverside", ("presentingNeed", "catheter-care"), ("housingNeed", true));

        Assert.Equal("national", decision.AppliedFrom);
        Assert.Equal("district-nurse", decision.Outputs["assessorRole"]);
    }

    [Fact]
    public void Riverside_FrailtyWithHousingNeed_MdtWhereNationalWouldNot()
    {
        var local = TestRules.Decide("mdt-selection", "riverside", ("clinicalFrailtyScale", 5L), ("housingNeed", true));
        var national = TestRules.Decide("mdt-selection", null, ("clinicalFrailtyScale", 5L), ("housingNeed", true));

        Assert.Equal(true, local.Outputs["mdtNeeded"]);
        Assert.Equal("riverside", local.AppliedFrom);
        Assert.Equal(false, national.Outputs["mdtNeeded"]);
    }

    [Fact]
    public void CoastalBay_CareHomeResident_WeeklyCareHomeMdtRound()
    {
        var decision = TestRules.Decide("best-placed-assessor", "coastal-bay", ("presentingNeed", "reduced-function"), ("setting", "care-home"));

        Assert.Equal("coastal-bay", decision.AppliedFrom);
        Assert.Equal("care-home-mdt", decision.Outputs["assessorRole"]);
        Assert.Equal("P7D", decision.Outputs["responseWindow"]);
    }

    [Theory]
    [InlineData(5L, "advanced-clinical-practitioner")]
    [InlineData(4L, "care-home-mdt")]
    public void CoastalBay_CareHomeResident_TwoHourOnlyAtNews2FiveOrMore(long news2, string role)
    {
        var decision = TestRules.Decide("best-placed-assessor", "coastal-bay",
            ("presentingNeed", "fall"), ("setting", "care-home"), ("news2Score", news2));

        Assert.Equal(role, decision.Outputs["assessorRole"]);
    }

    [Fact]
    public void CoastalBay_OwnHome_NationalRules()
    {
        var decision = TestRules.Decide("best-placed-assessor", "coastal-bay", ("presentingNeed", "fall"));

        Assert.Equal("national", decision.AppliedFrom);
        Assert.Equal("community-physiotherapist", decision.Outputs["assessorRole"]);
    }

    [Fact]
    public void CoastalBay_CareHomeMdtAssessor_EscalatesAfterTheWeeklyRound()
    {
        var decision = TestRules.Decide("escalation", "coastal-bay", ("assessorRole", "care-home-mdt"), ("responseStandard", "routine"));

        Assert.Equal("coastal-bay", decision.AppliedFrom);
        Assert.Equal("P8D", decision.Outputs["assessmentEscalateAfter"]);
    }

    [Fact]
    public void UnknownLocality_NationalRules()
    {
        var decision = TestRules.Decide("best-placed-assessor", "nowhere-shire", ("presentingNeed", "diabetes-support"));

        Assert.Equal("national", decision.AppliedFrom);
        Assert.Equal("district-nurse", decision.Outputs["assessorRole"]);
    }
}
