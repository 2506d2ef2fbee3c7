using Pathway.Policy.Running;
using Pathway.Runtime.Definitions;

namespace Pathway.Policy.Tests;

public sealed class PolicyRunnerTests : IAsyncLifetime
{
    private ShippedPolicy _policy = null!;

    public async Task InitializeAsync() => _policy = await ShippedPolicy.CreateAsync();

    public async Task DisposeAsync() => await _policy.DisposeAsync();

    /// <summary>The national "fall" rule changed to a routine response within 7 days.</summary>
    public static string FallsRoutine(string json)
    {
        var at = json.IndexOf("\"RuleName\": \"fall\",", StringComparison.Ordinal);
        var end = json.IndexOf("\"outsideReason\"", at, StringComparison.Ordinal);
        var rule = json[at..end].Replace("\"responseStandard\": \"2-hour\"", "\"responseStandard\": \"routine\"", StringComparison.Ordinal)
            .Replace("\"responseWindow\": \"PT2H\"", "\"responseWindow\": \"P7D\"", StringComparison.Ordinal);
        return json[..at] + rule + json[end..];
    }

    [Fact]
    public async Task TheShippedDefinitions_PassEveryNationalAndLocalitySpec()
    {
        foreach (var locality in new[] { "national", "north-shire", "riverside", "coastal-bay" })
        {
            var run = await _policy.Runner.RunAsync(await _policy.PublishedSetAsync(locality), CancellationToken.None);

            Assert.True(run.Scenarios.Count > 0, $"{locality} ran no scenarios");
            Assert.True(run.Failed == 0, string.Join("\n", run.Scenarios.Where(s => !s.Passed).Select(s => $"{s.Feature} / {s.Title}: {s.FailedStep}: {s.Message}")));
        }
    }

    [Fact]
    public async Task ADraftSendingFallsToARoutineResponse_FailsTheTwoHourResponseScenarios_NamingStepAndExpectation()
    {
        var published = await _policy.PublishedSetAsync("national");
        var draft = ShippedPolicy.Draft(published, DefinitionKind.RuleSet, "best-placed-assessor", "national", FallsRoutine);

        var run = await _policy.Runner.RunAsync(published.With([draft]), CancellationToken.None);

        var failures = run.Scenarios.Where(s => !s.Passed).ToList();
        Assert.Contains(failures, f => f.SpecKey == "two-hour-response");
        var failure = failures.First(f => f.SpecKey == "two-hour-response");
        Assert.StartsWith("Then", failure.FailedStep, StringComparison.Ordinal);
        Assert.Contains("expected", failure.Message, StringComparison.Ordinal);
        Assert.Contains(run.Versions, v => v.Kind == DefinitionKind.RuleSet && v.Key == "best-placed-assessor" && v.Status == Runtime.Storage.DefinitionStatus.Draft);
    }

    [Fact]
    public async Task AStepNoDefinitionMatches_FailsItsScenario_NamingTheStep()
    {
        var published = await _policy.PublishedSetAsync("national");
        var spec = ShippedPolicy.Draft(published, DefinitionKind.Spec, "two-hour-response", "national",
            c => c.Replace("Scenario: An assessment done within 2 hours raises no alert", "Scenario: An assessment done within 2 hours raises no alert\n    Then the moon is made of cheese", StringComparison.Ordinal));

        var run = await _policy.Runner.RunAsync(published.With([spec]), CancellationToken.None);

        var failure = Assert.Single(run.Scenarios, s => !s.Passed);
        Assert.Equal("Then the moon is made of cheese", failure.FailedStep);
        Assert.Contains("no step definition matches", failure.Message, StringComparison.Ordinal);
    }
}
