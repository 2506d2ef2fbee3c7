using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;

namespace Pathway.Rules.Tests.Loading;

public class RuleSetLoaderTests
{
    private const string Valid = """
        {
          "WorkflowName": "escalation",
          "Rules": [
            {
              "RuleName": "two-hour",
              "Expression": "referral.responseStandard == \"2-hour\"",
              "Properties": { "description": "2-hour response.", "outputs": { "assessmentEscalateAfter": "PT1H30M" } }
            }
          ]
        }
        """;

    [Fact]
    public void Validate_EveryShippedRuleSet_NoErrors()
    {
        foreach (var version in TestRules.Source.All())
            Assert.True(RuleSetLoader.Validate(version.Json, version.Name).Count == 0,
                $"{version.Locality ?? "national"}/{version.Name}: {string.Join("; ", RuleSetLoader.Validate(version.Json, version.Name))}");
    }

    [Fact]
    public void Validate_ValidRuleSet_NoErrors() => Assert.Empty(RuleSetLoader.Validate(Valid, "escalation"));

    [Theory]
    [InlineData("\"Properties\"", "\"Properties\" \"oops\"", "PW3001", "line 7")]
    [InlineData("referral.responseStandard", "referral.responseStandrd", "PW3009", "did you mean 'referral.responseStandard'")]
    [InlineData("== \\\"2-hour\\\"", "== ", "PW3008", "does not compile")]
    [InlineData("\"Expression\"", "\"Expresion\"", "PW3007", "did you mean \"Expression\"")]
    [InlineData("\"description\": \"2-hour response.\", ", "", "PW3010", "Properties.description")]
    [InlineData("PT1H30M", "90 minutes", "PW3011", "ISO 8601 duration")]
    [InlineData("\"WorkflowName\": \"escalation\"", "\"WorkflowName\": \"escalate\"", "PW3003", "match the file name")]
    public void Validate_BrokenRuleSet_RefusedWithCodeAndFix(string find, string replace, string code, string message)
    {
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);

        var errors = RuleSetLoader.Validate(json, "escalation");

        var error = Assert.Single(errors, e => e.Code == code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Validate_UnknownRole_Refused()
    {
        var json = Valid.Replace("\"assessmentEscalateAfter\": \"PT1H30M\"", "\"escalationRole\": \"matron\"", StringComparison.Ordinal);

        var error = Assert.Single(RuleSetLoader.Validate(json, "escalation"));

        Assert.Equal("PW3011", error.Code);
        Assert.Contains("not a known role", error.Message);
    }

    [Fact]
    public void Validate_RulesSettingDifferentOutputs_Refused()
    {
        var json = Valid.Replace("\"Rules\": [", """
            "Rules": [
              { "RuleName": "other", "Expression": "true", "Properties": { "description": "x", "outputs": { "mdtNeeded": true } } },
            """, StringComparison.Ordinal);

        var error = Assert.Single(RuleSetLoader.Validate(json, "escalation"));

        Assert.Equal("PW3011", error.Code);
        Assert.Contains("same case variables", error.Message);
    }

    [Fact]
    public void Load_Invalid_ThrowsWithEveryError()
    {
        var version = RuleSetVersion.Create("escalation", "riverside", 3, Valid.Replace("referral.responseStandard", "referral.nope", StringComparison.Ordinal));

        var error = Assert.Throws<RuleSetException>(() => RuleSetLoader.Load(version));

        Assert.Equal("PW3105", error.Code);
        Assert.Contains("riverside v3", error.Message);
        Assert.Single(error.Errors);
    }
}
