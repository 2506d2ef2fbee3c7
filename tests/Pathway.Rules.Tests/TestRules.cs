using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;

namespace Pathway.Rules.Tests;

/// <summary>The repository's own rule files and an evaluator over them, shared by the tests.</summary>
internal static class TestRules
{
    public static string RulesDirectory => Repository.Combine("rules");

    public static FileRuleSetSource Source { get; } = new(RulesDirectory);

    public static RuleSetEvaluator Evaluator { get; } = new(Source);

    /// <summary>A referral with sensible daytime defaults, overridden by the given variables.</summary>
    public static Dictionary<string, object?> Referral(params (string Name, object? Value)[] overrides)
    {
        var variables = new Dictionary<string, object?>
        {
            ["presentingNeed"] = "other", ["age"] = 82L, ["clinicalFrailtyScale"] = 6L, ["news2Score"] = 1L,
            ["setting"] = "own-home", ["carerStatus"] = "coping", ["hourOfDay"] = 11L, ["dayOfWeek"] = "tuesday",
            ["referralSource"] = "gp",
        };
        foreach (var (name, value) in overrides)
            variables[name] = value;
        return variables;
    }

    public static RuleDecision Decide(string ruleSet, string? locality, params (string, object?)[] overrides) =>
        Evaluator.Evaluate(ruleSet, locality, Referral(overrides));

}
