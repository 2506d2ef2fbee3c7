
namespace Pathway.DesignerHost.Policy;

/// <summary>
/// Reads the specs folder: every .feature file under national/ and localities/&lt;locality&gt;/,
/// parsed with Gherkin, each scenario and example row matched to its latest result. Read on
/// each request: the files are few and small, and a new spec run shows at once.
/// </summary>
public sealed class PolicyDocuments(string specsPath)
{
    public const string NationalFolder = "national";
    public const string LocalitiesFolder = "localities";

    public string SpecsPath { get; } = specsPath;

    /// <summary>The published specs (folder, key, text) as documents, each scenario with its result in <paramref name="results"/>.</summary>
    public static PolicyLibrary Build(IEnumerable<(string Locality, string Key, string Content)> specs, SpecResults results)
    {
        var all = specs.ToList();
        var national = all.Where(s => s.Locality == NationalFolder).OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => ReadText(s.Content, NationalFolder, s.Key, results)).ToList();
        var localities = all.Where(s => s.Locality != NationalFolder).GroupBy(s => s.Locality).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LocalityPolicy(g.Key, LocalityName(g.Key),
                [.. g.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => ReadText(s.Content, $"{LocalitiesFolder}/{g.Key}", s.Key, results))]))
            .ToList();
        return new PolicyLibrary(national, localities, results.UpdatedAt);
    }

    private static PolicyDocument ReadText(string text, string folder, string name, SpecResults results)
    {
        var key = $"{folder}/{name}";
        try
        {
            return FeatureReader.Read(text, folder, key, results);
        }
        catch (Exception ex) when (ex is Gherkin.ParserException or InvalidDataException)
        {
            return new PolicyDocument(key, folder, name, [$"This document could not be read: {ex.Message}"], [], []);
        }
    }

    /// <summary>The spec files and the results file a local spec run wrote: what the host showed before policy ran inside it.</summary>
    public PolicyLibrary Load()
    {
        var results = SpecResults.Read(Path.Combine(SpecsPath, "results", "latest.json"));
        var national = ReadFolder(NationalFolder, results);
        var localitiesRoot = Path.Combine(SpecsPath, LocalitiesFolder);
        var localities = Directory.Exists(localitiesRoot)
            ? Directory.EnumerateDirectories(localitiesRoot)
                .Select(Path.GetFileName)
                .Order(StringComparer.Ordinal)
                .Select(code => new LocalityPolicy(code!, LocalityName(code!), ReadFolder($"{LocalitiesFolder}/{code}", results)))
                .Where(l => l.Documents.Count > 0)
                .ToList()
            : [];
        return new PolicyLibrary(national, localities, results.UpdatedAt);
    }

    /// <summary>"north-shire" → "North Shire".</summary>
    public static string LocalityName(string code) =>
        string.Join(' ', code.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private List<PolicyDocument> ReadFolder(string folder, SpecResults results)
    {
        var path = Path.Combine(SpecsPath, folder);
        if (!Directory.Exists(path))
            return [];
        return Directory.EnumerateFiles(path, "*.feature")
            .Order(StringComparer.Ordinal)
            .Select(file => ReadFile(file, folder, results))
            .ToList();
    }

    private static PolicyDocument ReadFile(string file, string folder, SpecResults results)
    {
        var key = $"{folder}/{Path.GetFileNameWithoutExtension(file)}";
        try
        {
            return FeatureReader.Read(File.ReadAllText(file), folder, key, results);
        }
        catch (Exception ex) when (ex is Gherkin.ParserException or InvalidDataException)
        {
            // One unreadable document must not hide the others; it shows what is wrong with it instead.
            return new PolicyDocument(key, folder, Path.GetFileName(file), [$"This document could not be read: {ex.Message}"], [], []);
        }
    }
}
