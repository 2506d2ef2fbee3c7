using System.Collections.Concurrent;

namespace Pathway.Rules.Loading;

/// <summary>
/// Reads <c>national/&lt;name&gt;.json</c> and <c>localities/&lt;locality&gt;/&lt;name&gt;.json</c>
/// under a rules folder, each as version 1: for tests, the benchmark and seeding a database.
/// </summary>
public sealed class FileRuleSetSource(string rulesDirectory) : IRuleSetSource
{
    private readonly ConcurrentDictionary<(string, string?), RuleSetVersion?> _cache = new();

    public string RulesDirectory { get; } = rulesDirectory;

    public RuleSetVersion? FindPublished(string name, string? locality) =>
        _cache.GetOrAdd((name, locality), key => Read(key.Item1, key.Item2));

    /// <summary>Every rule set file under the folder, national first: what a database is seeded with.</summary>
    public IEnumerable<RuleSetVersion> All()
    {
        foreach (var file in Files(Path.Combine(RulesDirectory, "national")))
            yield return Read(Path.GetFileNameWithoutExtension(file), null)!;
        var localities = Path.Combine(RulesDirectory, "localities");
        if (!Directory.Exists(localities)) yield break;
        foreach (var dir in Directory.GetDirectories(localities).Order(StringComparer.Ordinal))
            foreach (var file in Files(dir))
                yield return Read(Path.GetFileNameWithoutExtension(file), Path.GetFileName(dir))!;
    }

    private static IEnumerable<string> Files(string dir) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal) : [];

    private RuleSetVersion? Read(string name, string? locality)
    {
        // Names come from BPMN attributes and case variables: keep them from walking the disk.
        if (!IsSafeSegment(name) || (locality is not null && !IsSafeSegment(locality)))
            return null;
        var path = locality is null
            ? Path.Combine(RulesDirectory, "national", name + ".json")
            : Path.Combine(RulesDirectory, "localities", locality, name + ".json");
        return File.Exists(path) ? RuleSetVersion.Create(name, locality, 1, File.ReadAllText(path)) : null;
    }

    private static bool IsSafeSegment(string segment) =>
        segment.Length > 0 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
