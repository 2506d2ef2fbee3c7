namespace Pathway.Specs.Recording;

/// <summary>
/// One scenario's (or one example row's) latest outcome, as the Policy page reads it from
/// specs/results/latest.json. Field names are the file's contract with the host.
/// </summary>
public sealed record ScenarioResult
{
    /// <summary>The feature's folder under specs/, with forward slashes: "national", "localities/riverside".</summary>
    public required string Folder { get; init; }
    public required string Feature { get; init; }
    public required string Scenario { get; init; }

    /// <summary>The example row's values by column, for a scenario outline; null for a plain scenario.</summary>
    public IReadOnlyDictionary<string, string>? Example { get; init; }

    /// <summary>passed, failed, undefined or skipped.</summary>
    public required string Outcome { get; init; }

    /// <summary>The step that failed, as written in the feature ("Then the trusted assessment is ...").</summary>
    public string? FailedStep { get; init; }

    /// <summary>Why, in the words of the step's check.</summary>
    public string? Error { get; init; }

    public required DateTimeOffset RanAt { get; init; }
    public string? Commit { get; init; }

    /// <summary>The rule sets that decided for the scenario's case: name, where from, version and content hash.</summary>
    public IReadOnlyList<RuleSetUsed> RuleSets { get; init; } = [];
}

public sealed record RuleSetUsed(string Name, string Locality, int Version, string? ContentHash);
