using Pathway.Rules.Evaluation;

namespace Pathway.Rules.Tests.RuleSets;

public class EscalationTests
{
    [Theory]
    [InlineData("2-hour", "PT3H", "P1D", "PT1H")]
    [InlineData("2-day", "P3D", "P7D", "P1D")]
    [InlineData("routine", "P10D", "P14D", "P2D")]
    public void Evaluate_ResponseStandard_EscalationWindows(string standard, string escalateAfter, string mdtReview, string handover)
    {
        var decision = TestRules.Decide("escalation", null, ("responseStandard", standard));

        Assert.Equal(escalateAfter, decision.Outputs["assessmentEscalateAfter"]);
        Assert.Equal(mdtReview, decision.Outputs["mdtReviewWindow"]);
        Assert.Equal(handover, decision.Outputs["handoverAcceptWindow"]);
        Assert.Equal("coordinator", decision.Outputs["escalationRole"]);
        Assert.Equal(standard, decision.Inputs["responseStandard"]);
    }

    [Fact]
    public void Evaluate_OutsideCommunityCare_EscalatesWithinHalfAnHour()
    {
        var decision = TestRules.Decide("escalation", null, ("responseStandard", "2-hour"), ("outsideCommunityCare", true));

        Assert.Equal("PT30M", decision.Outputs["assessmentEscalateAfter"]);
    }

    [Fact]
    public void Evaluate_NoResponseStandard_NoRuleFiredIsAnIncident()
    {
        var error = Assert.Throws<RuleSetException>(() => TestRules.Decide("escalation", null));

        Assert.Equal("PW3102", error.Code);
        Assert.Contains("escalation", error.Message);
    }

    [Fact]
    public void Evaluate_TriageThenEscalation_ChainsOutputsAsInputs()
    {
        var triage = TestRules.Decide("best-placed-assessor", null, ("presentingNeed", "urgent-equipment"));
        var variables = TestRules.Referral();
        foreach (var (name, value) in triage.Outputs)
            variables[name] = value;

        var escalation = TestRules.Evaluator.Evaluate("escalation", null, variables);

        Assert.Equal("two-hour", escalation.RuleName);
    }
}
