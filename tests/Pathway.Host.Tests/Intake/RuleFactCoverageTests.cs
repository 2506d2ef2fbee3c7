using Pathway.Cases.Assessments;
using Pathway.Cases.Referrals;
using Pathway.Rules.Validation;

namespace Pathway.Host.Tests.Intake;

/// <summary>
/// Every fact a shipped rule reads can be set by something a case receives: a referral (any intake
/// channel maps onto <see cref="Referral"/> and then <see cref="RuleInputs"/>), the trusted
/// assessment, or an earlier rule set's outputs. A fact outside all three would leave its rules dead,
/// as the 2-day reablement route was while nothing on a referral set <c>reablementPotential</c>.
/// </summary>
public sealed class RuleFactCoverageTests
{
    [Fact]
    public void EveryFactARuleReads_IsSetByIntakeTheAssessmentOrAnEarlierRule()
    {
        var rules = ShippedRules().ToList();
        var settable = IntakeSettableFacts()
            .Concat(new TrustedAssessment(5, "", "", "", "", "", "", "", "", "").ToCaseVariables(DateTimeOffset.UnixEpoch).Keys)
            .Concat(rules.SelectMany(r => r.Outputs))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unset = rules
            .SelectMany(rule => FactReferences.In(rule.Expression).Where(fact => !settable.Contains(fact)).Select(fact => $"{rule.File} '{rule.Name}' reads referral.{fact}"))
            .ToList();

        Assert.NotEmpty(rules);
        Assert.True(unset.Count == 0, "no intake channel, assessment or earlier rule sets these facts:\n" + string.Join('\n', unset));
    }

    [Fact]
    public void IntakeSettableFacts_IncludeReablementPotentialAndTheRedFlags()
    {
        var facts = IntakeSettableFacts();

        Assert.Contains("reablementPotential", facts);
        Assert.Contains("suspectedFracture", facts);
        Assert.Contains("presentingNeed", facts);
        Assert.DoesNotContain("selfNeglect", facts);
    }

    /// <summary>
    /// The rule inputs a referral's own content changes: those whose value differs between a referral
    /// that says as little as it may and one that says everything. A rule input fixed whatever the
    /// referrer says is not set by intake, however it is named.
    /// </summary>
    private static HashSet<string> IntakeSettableFacts()
    {
        var least = new Referral(
            new PersonDetails("9434765919", "Ann Least", new DateOnly(1990, 1, 1), null, "north-shire", null), "gp", "fall", 1,
            new News2Observations(16, 98, false, 130, 70, "alert", 37.0m), true, null, null, null, null, null, null, null);
        var most = new Referral(
            new PersonDetails("9434765919", "Bea Most", new DateOnly(1930, 6, 6), "RB1 1AA", "riverside", "Riverside Surgery"), "111", "reduced-function", 8,
            new News2Observations(26, 90, true, 95, 135, "confusion", 39.5m), true, "home", [new Carer("Cy", "son", "main-carer")], "breakdown",
            new EndOfLifeWishes(true, "home", "at home"), ["financial abuse"], "care-home",
            new ClinicalFlags(true, true, true, true, true, true, true, true, true), ReablementPotential: true);
        var before = RuleInputs.From(least, News2.Calculate(least.Observations!), new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), "north-shire");
        var after = RuleInputs.From(most, News2.Calculate(most.Observations!), new DateTimeOffset(2026, 1, 10, 22, 0, 0, TimeSpan.Zero), "riverside");
        return after.Keys.Where(key => !Equals(before.GetValueOrDefault(key), after[key])).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private sealed record ShippedRule(string File, string Name, string Expression, IReadOnlyList<string> Outputs);

    private static IEnumerable<ShippedRule> ShippedRules()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.Combine("rules"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var workflow = JsonNode.Parse(File.ReadAllText(file))!;
            if (workflow["Rules"] is not JsonArray rules)
                continue;
            foreach (var rule in rules)
            {
                var outputs = rule!["Properties"]?["outputs"] as JsonObject;
                yield return new ShippedRule(Path.GetRelativePath(Repository.Root, file), rule["RuleName"]!.GetValue<string>(),
                    rule["Expression"]?.GetValue<string>() ?? "", outputs?.Select(o => o.Key).ToList() ?? []);
            }
        }
    }
}
