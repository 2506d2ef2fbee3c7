namespace Pathway.DesignerHost.Policy;

/// <summary>The specs as the Policy page shows them: national policy first, then each locality's differences.</summary>
public sealed record PolicyLibrary(IReadOnlyList<PolicyDocument> National, IReadOnlyList<LocalityPolicy> Localities, DateTimeOffset? ResultsUpdatedAt)
{
    public IEnumerable<PolicyDocument> All => National.Concat(Localities.SelectMany(l => l.Documents));

    public PolicyDocument? Find(string key) => All.FirstOrDefault(d => d.Key.Equals(key, StringComparison.OrdinalIgnoreCase));
}

public sealed record LocalityPolicy(string Code, string Name, IReadOnlyList<PolicyDocument> Documents);

/// <summary>One feature file: its title, what it is for, and its scenarios with their latest results.</summary>
public sealed record PolicyDocument(
    string Key,
    string Folder,
    string Title,
    IReadOnlyList<string> Description,
    IReadOnlyList<PolicyStep> Background,
    IReadOnlyList<PolicyScenario> Scenarios)
{
    public ResultSummary Summary => ResultSummary.Of(Scenarios.SelectMany(s => s.Results));
}

public sealed record PolicyScenario(
    string Title,
    IReadOnlyList<string> Description,
    IReadOnlyList<PolicyStep> Steps,
    IReadOnlyList<PolicyExamples> Examples,
    ScenarioOutcome? Result)
{
    public bool IsOutline => Examples.Count > 0;

    /// <summary>The scenario's own result, or one per example row for an outline.</summary>
    public IEnumerable<ScenarioOutcome?> Results => IsOutline ? Examples.SelectMany(e => e.Rows).Select(r => r.Result) : [Result];
}

public sealed record PolicyStep(string Keyword, string Text, PolicyTable? Table);

public sealed record PolicyTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

public sealed record PolicyExamples(string Name, IReadOnlyList<string> Header, IReadOnlyList<PolicyExampleRow> Rows);

public sealed record PolicyExampleRow(IReadOnlyList<string> Cells, ScenarioOutcome? Result);

/// <summary>A scenario's latest result: passed or not, when, on which commit, and the failing step in plain words.</summary>
public sealed record ScenarioOutcome(string Outcome, DateTimeOffset RanAt, string? FailedStep, string? Error, string? Commit)
{
    public bool Passed => Outcome == "passed";
}

public sealed record ResultSummary(int Passed, int Failed, int NotRun)
{
    public static ResultSummary Of(IEnumerable<ScenarioOutcome?> results)
    {
        var list = results.ToList();
        return new ResultSummary(list.Count(r => r?.Passed == true), list.Count(r => r is { Passed: false }), list.Count(r => r is null));
    }
}
