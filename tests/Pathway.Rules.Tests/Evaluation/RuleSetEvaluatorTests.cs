using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;

namespace Pathway.Rules.Tests.Evaluation;

public class RuleSetEvaluatorTests
{
    private const string Template = """
        { "WorkflowName": "escalation", "Rules": [
          { "RuleName": "any", "Expression": "referral.news2Score >= 0",
            "Properties": { "description": "Always.", "outputs": { "assessmentEscalateAfter": "WINDOW" } } } ] }
        """;

    private sealed class MemorySource : IRuleSetSource
    {
        public Dictionary<(string, string?), RuleSetVersion> Published { get; } = [];
        public RuleSetVersion? FindPublished(string name, string? locality) => Published.GetValueOrDefault((name, locality));
    }

    [Fact]
    public void Evaluate_ManyCalls_CompiledOnceThenAgainForANewVersion()
    {
        var source = new MemorySource();
        source.Published[("escalation", null)] = RuleSetVersion.Create("escalation", null, 1, Template.Replace("WINDOW", "PT1H"));
        var evaluator = new RuleSetEvaluator(source);

        for (var i = 0; i < 50; i++)
            evaluator.Evaluate("escalation", null, new Dictionary<string, object?>());
        source.Published[("escalation", null)] = RuleSetVersion.Create("escalation", null, 2, Template.Replace("WINDOW", "PT2H"));
        var decision = evaluator.Evaluate("escalation", null, new Dictionary<string, object?>());

        Assert.Equal(2, evaluator.CompiledCount);
        Assert.Equal(2, decision.Version);
        Assert.Equal("PT2H", decision.Outputs["assessmentEscalateAfter"]);
    }

    [Fact]
    public void Evaluate_FiredRule_RecordsTheFactsItsExpressionRead()
    {
        var decision = TestRules.Decide("best-placed-assessor", null, ("presentingNeed", "fall"), ("longLie", true));

        Assert.Equal(new Dictionary<string, object?> { ["presentingNeed"] = "fall", ["longLie"] = true }, decision.Inputs);
        Assert.Equal(1, decision.Version);
        Assert.False(string.IsNullOrWhiteSpace(decision.Description));
    }

    [Fact]
    public void Evaluate_UnknownRuleSet_NotFound()
    {
        var error = Assert.Throws<RuleSetException>(() => TestRules.Evaluator.Evaluate("triage-v9", "riverside", TestRules.Referral()));

        Assert.Equal("PW3101", error.Code);
    }

    [Fact]
    public void Evaluate_InvalidPublishedVersion_RefusedWithItsErrors()
    {
        var source = new MemorySource();
        source.Published[("escalation", null)] = RuleSetVersion.Create("escalation", null, 1, Template.Replace("WINDOW", "soon"));

        var error = Assert.Throws<RuleSetException>(() => new RuleSetEvaluator(source).Evaluate("escalation", null, new Dictionary<string, object?>()));

        Assert.Equal("PW3105", error.Code);
        Assert.Contains("ISO 8601", error.Message);
    }

    [Fact]
    public void Evaluate_LocalitySettingOtherOutputs_Refused()
    {
        var source = new MemorySource();
        source.Published[("escalation", null)] = RuleSetVersion.Create("escalation", null, 1, Template.Replace("WINDOW", "PT1H"));
        source.Published[("escalation", "x")] = RuleSetVersion.Create("escalation", "x", 1,
            Template.Replace("\"assessmentEscalateAfter\": \"WINDOW\"", "\"mdtReviewWindow\": \"P1D\""));

        var error = Assert.Throws<RuleSetException>(() => new RuleSetEvaluator(source).Evaluate("escalation", "x", new Dictionary<string, object?>()));

        Assert.Contains("same case variables as national", error.Message);
    }
}
