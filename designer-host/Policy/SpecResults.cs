using System.Text.Json;

namespace Pathway.DesignerHost.Policy;

/// <summary>
/// specs/results/latest.json as the spec run writes it: one entry per scenario or example row.
/// The host keeps its own copy of the shape so it need not reference the specs project.
/// </summary>
public sealed record SpecResults(DateTimeOffset? UpdatedAt, IReadOnlyList<SpecResult> Scenarios)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SpecResults Empty { get; } = new(null, []);

    public static SpecResults Read(string path)
    {
        if (!File.Exists(path))
            return Empty;
        try
        {
            return JsonSerializer.Deserialize<SpecResults>(File.ReadAllText(path), Json) ?? Empty;
        }
        catch (JsonException)
        {
            // A half-written or damaged file shows as "no result yet", never as an error page.
            return Empty;
        }
    }

    public ScenarioOutcome? Find(string folder, string feature, string scenario, IReadOnlyList<string>? header, IReadOnlyList<string>? cells)
    {
        var match = Scenarios.LastOrDefault(r =>
            r.Folder == folder && r.Feature == feature && r.Scenario == scenario && SameRow(r.Example, header, cells));
        return match is null ? null : new ScenarioOutcome(match.Outcome, match.RanAt, match.FailedStep, match.Error, match.Commit);
    }

    private static bool SameRow(IReadOnlyDictionary<string, string>? example, IReadOnlyList<string>? header, IReadOnlyList<string>? cells)
    {
        if (header is null || cells is null)
            return example is null;
        return example is not null && example.Count == header.Count
            && header.Select((column, i) => example.TryGetValue(column, out var value) && value == cells[i]).All(same => same);
    }
}

public sealed record SpecResult(
    string Folder,
    string Feature,
    string Scenario,
    IReadOnlyDictionary<string, string>? Example,
    string Outcome,
    string? FailedStep,
    string? Error,
    DateTimeOffset RanAt,
    string? Commit);
