using System.Globalization;
using Pathway.Engine.Runtime;
using Pathway.Policy.Support;
using TechTalk.SpecFlow;

namespace Pathway.Policy.Steps;

/// <summary>What the rules decided for the case, where the deciding rule came from, and how the case ended.</summary>
[Binding]
public sealed class DecisionSteps(CaseReader reader)
{
    private static readonly Dictionary<string, string> RuleSets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["triage"] = "best-placed-assessor",
        ["escalation"] = "escalation",
        ["MDT selection"] = "mdt-selection",
    };

    [Then(@"the response standard is (.+)")]
    public async Task ThenResponseStandard(string standard)
    {
        var actual = await reader.VariableAsync("responseStandard") as string;
        Expect.That(actual == standard.Trim(), $"expected the {standard} response standard, but the case has {actual ?? "none"}");
    }

    [Then(@"the referral is redirected out of community care: (.+)")]
    public async Task ThenRedirected(string reason)
    {
        var variables = await reader.VariablesAsync();
        Expect.That(variables.GetValueOrDefault("outsideCommunityCare") is true,
            $"expected the referral to be redirected out of community care ({reason}), but it stayed in community care with the {variables.GetValueOrDefault("assessorRole")}");
        var actual = variables.GetValueOrDefault("outsideReason") as string ?? "";
        Expect.That(actual.Contains(reason.Trim(), StringComparison.OrdinalIgnoreCase),
            $"expected the reason given to mention '{reason}', but it says '{actual}'");
    }

    [Then(@"the referral stays in community care")]
    public async Task ThenStaysInCommunity()
    {
        var variables = await reader.VariablesAsync();
        Expect.That(variables.GetValueOrDefault("outsideCommunityCare") is false,
            $"expected the referral to stay in community care, but it was redirected: {variables.GetValueOrDefault("outsideReason")}");
    }

    [Then(@"the (triage|escalation|MDT selection) decision follows (national policy|.+'s own rule)")]
    public async Task ThenDecisionFollows(string ruleSet, string source)
    {
        var expected = source == "national policy" ? "national" : PolicyWords.Locality(source[..source.IndexOf('\'', StringComparison.Ordinal)]);
        var decision = (await reader.DecisionsAsync()).LastOrDefault(d => d.GetValueOrDefault("ruleSet") as string == RuleSets[ruleSet])
            ?? throw new PolicyNotMetException($"expected a {ruleSet} decision, but the case has none");
        var actual = decision.GetValueOrDefault("appliedFrom") as string;
        Expect.That(actual == expected,
            $"expected the {ruleSet} decision to follow {source}, but it followed {(actual == "national" ? "national policy" : PolicyWords.LocalityName(actual ?? "") + "'s own rule")} ('{decision.GetValueOrDefault("description")}')");
    }

    [Then(@"the case goes to the MDT huddle because of (.+)")]
    public async Task ThenGoesToMdt(string reason)
    {
        var variables = await reader.VariablesAsync();
        var actual = variables.GetValueOrDefault("mdtReason") as string ?? "";
        Expect.That(variables.GetValueOrDefault("mdtNeeded") is true && actual.Contains(reason.Trim(), StringComparison.OrdinalIgnoreCase),
            $"expected the case to go to the MDT huddle because of {reason}, but {(variables.GetValueOrDefault("mdtNeeded") is true ? $"the reason given is '{actual}'" : "it was not selected")}");
        Expect.That((await reader.OpenTasksAsync("MdtReview")).Exists(t => t.Role == "mdt"),
            $"expected an MDT review on the huddle's worklist, but the worklist has: {await reader.WorklistAsync()}");
    }

    [Then(@"the case does not go to the MDT huddle")]
    public async Task ThenNoMdt()
    {
        var variables = await reader.VariablesAsync();
        Expect.That(variables.GetValueOrDefault("mdtNeeded") is false,
            $"expected no MDT huddle, but the case was selected because of {variables.GetValueOrDefault("mdtReason")}");
        Expect.That((await reader.TasksAsync()).TrueForAll(t => t.NodeId != "MdtReview"), "expected no MDT review task, but one was offered");
    }

    [Then(@"the case is closed")]
    public async Task ThenClosed()
    {
        var status = await reader.StatusAsync();
        Expect.That(status == CaseStatus.Completed, $"expected the case to be closed, but it is {status.ToString().ToLowerInvariant()}, with the worklist: {await reader.WorklistAsync()}");
    }

    [Then(@"the case is closed with the outcome (.+)")]
    public async Task ThenClosedWithOutcome(string outcome)
    {
        await ThenClosed();
        var expected = PolicyWords.Value("outcome", outcome);
        var actual = await reader.VariableAsync("outcome");
        Expect.That(Equals(actual, expected), $"expected the outcome '{outcome}', but the case records '{actual}'");
    }

    [Then(@"the case is still open")]
    public async Task ThenStillOpen()
    {
        var status = await reader.StatusAsync();
        Expect.That(status == CaseStatus.Running, $"expected the case to stay open, but it is {status.ToString().ToLowerInvariant()}");
    }

    [Then(@"the case records (.+) as (.+)")]
    public async Task ThenRecords(string detail, string value)
    {
        var field = PolicyWords.Field(detail);
        var expected = PolicyWords.Value(field, value);
        var actual = await reader.VariableAsync(field);
        Expect.That(Equals(Convert.ToString(actual, CultureInfo.InvariantCulture), Convert.ToString(expected, CultureInfo.InvariantCulture)),
            $"expected the case to record {detail} as '{value}', but it records '{actual ?? "nothing"}'");
    }
}
