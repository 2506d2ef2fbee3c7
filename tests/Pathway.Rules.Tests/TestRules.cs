using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;

namespace Pathway.Rules.Tests;

/// <summary>The repository's own rule files and an evaluator over them, shared by the tests.</summary>
internal static class TestRules
{
    public static string RepositoryRoot { get; } = FindUp("Pathway.sln") ?? throw new InvalidOperationException("Pathway.sln not found above the test assembly");

    public static string RulesDirectory => Path.Combine(RepositoryRoot, "rules");

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

    /// <summary>The first ancestor of the test assembly's folder holding <paramref name="relative"/>, as that path.</summary>
    public static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
                return dir.FullName;
        }
        return null;
    }
}
