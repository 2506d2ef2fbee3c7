namespace Pathway.Testing;

/// <summary>
/// The real-world files some tests read (BPMN fixtures, RulesEngine samples, BaRS bundles). They
/// live outside the repository: <c>$PATHWAY_CORPUS</c>, else <c>shared/corpus</c> in a folder
/// above the checkout. A clone without them skips those tests with <see cref="SkipReason"/>;
/// in CI (<c>CI=true</c>, or <c>PATHWAY_CORPUS_REQUIRED=1</c> as .ci/run sets) a missing corpus fails instead.
/// </summary>
internal static class Corpus
{
    public const string Variable = "PATHWAY_CORPUS";
    public const string RequiredVariable = "PATHWAY_CORPUS_REQUIRED";

    /// <summary>Every skip reason starts with this, so test.sh can count and explain them.</summary>
    public const string SkipPrefix = "corpus missing";

    public static string? Root { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
        ? (Directory.Exists(configured) ? Path.GetFullPath(configured) : null)
        : Repository.Above(Path.Combine("shared", "corpus"));

    public static bool Required =>
        Environment.GetEnvironmentVariable(RequiredVariable) is "1" or "true" || Environment.GetEnvironmentVariable("CI") is "true";

    /// <summary>The corpus sub-folder <paramref name="name"/>, or null when it is not there.</summary>
    public static string? Find(string name) =>
        Root is { } root && Directory.Exists(Path.Combine(root, name)) ? Path.Combine(root, name) : null;

    /// <summary>The sub-folder, or a clear failure naming where it was looked for.</summary>
    public static string Folder(string name) => Find(name) ?? throw new DirectoryNotFoundException(SkipReason(name));

    public static string SkipReason(string name) =>
        $"{SkipPrefix}: {name} not found ({Variable} is {(Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } v ? $"'{v}'" : "unset")}, no shared/corpus above the repository)";

    /// <summary>Null when the tests over <paramref name="name"/> should run, else why they are skipped.</summary>
    public static string? Skip(string name) => Find(name) is null && !Required ? SkipReason(name) : null;

    /// <summary>Each file matching <paramref name="pattern"/> below the sub-folder, relative to it, in ordinal order; none when skipped.</summary>
    public static string[] Files(string name, string pattern, SearchOption option = SearchOption.TopDirectoryOnly)
    {
        if (Skip(name) is not null)
            return [];
        var root = Folder(name);
        return [.. Directory.EnumerateFiles(root, pattern, option).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
    }
}

/// <summary>A fact over the corpus folder <c>name</c>: skipped, with the reason, when the corpus is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(string name) => Skip = Corpus.Skip(name);
}

/// <summary>A theory over the corpus folder <c>name</c>: skipped, with the reason, when the corpus is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute(string name) => Skip = Corpus.Skip(name);
}
