using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pathway.Specs.Recording;

/// <summary>
/// specs/results/latest.json: the latest result of every scenario that has run. A run
/// replaces the entries of the scenarios it ran and keeps the rest, so a filtered run does
/// not wipe out what the Policy page shows for the others.
/// </summary>
public static class ResultsFile
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Merge(string path, IReadOnlyCollection<ScenarioResult> run, DateTimeOffset now)
    {
        var kept = Read(path).Scenarios.Where(old => !run.Any(r => SameScenario(r, old)));
        var file = new ResultsDocument(now, [.. kept, .. run]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(file, Json));
        File.Move(temp, path, overwrite: true);
    }

    public static ResultsDocument Read(string path)
    {
        if (!File.Exists(path))
            return new ResultsDocument(null, []);
        try
        {
            return JsonSerializer.Deserialize<ResultsDocument>(File.ReadAllText(path), Json) ?? new ResultsDocument(null, []);
        }
        catch (JsonException)
        {
            // A damaged results file is replaced by this run's results rather than failing the run.
            return new ResultsDocument(null, []);
        }
    }

    private static bool SameScenario(ScenarioResult a, ScenarioResult b) =>
        a.Folder == b.Folder && a.Feature == b.Feature && a.Scenario == b.Scenario && SameExample(a.Example, b.Example);

    private static bool SameExample(IReadOnlyDictionary<string, string>? a, IReadOnlyDictionary<string, string>? b) =>
        a is null || b is null ? a is null && b is null : a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);
}

public sealed record ResultsDocument(DateTimeOffset? UpdatedAt, IReadOnlyList<ScenarioResult> Scenarios);
