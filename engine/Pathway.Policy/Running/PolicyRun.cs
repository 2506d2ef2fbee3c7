using Pathway.Runtime.Definitions;

namespace Pathway.Policy.Running;

/// <summary>One scenario's result in a run: where it is, and for a failure, the step and what was expected against what happened.</summary>
public sealed record ScenarioOutcome(string Locality, string SpecKey, string SpecLocality, int SpecVersion, string Feature, string Scenario,
    IReadOnlyDictionary<string, string>? Example, bool Passed, string? FailedStep, string? Message, double Milliseconds)
{
    /// <summary>The scenario's name with its example row, the same in every run: what an override is attached to.</summary>
    public string Title => Example is null ? Scenario : $"{Scenario} [{string.Join(", ", Example.Select(e => $"{e.Key}: {e.Value}"))}]";
}

/// <summary>Every applicable spec run against one locality's version set: the versions, when, and each scenario's outcome.</summary>
public sealed record PolicyRun(string Locality, DateTimeOffset RanAt, IReadOnlyList<DefinitionVersionRef> Versions, IReadOnlyList<ScenarioOutcome> Scenarios, double Milliseconds)
{
    public int Passed => Scenarios.Count(s => s.Passed);

    public int Failed => Scenarios.Count(s => !s.Passed);
}
