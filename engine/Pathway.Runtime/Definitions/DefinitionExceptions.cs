namespace Pathway.Runtime.Definitions;

/// <summary>Publishing refused because the definition still has problems; nothing changed.</summary>
public sealed class DefinitionNotPublishableException(DefinitionKind kind, string key, string locality, IReadOnlyList<DefinitionProblem> problems)
    : Exception($"{DefinitionStore.Words(kind)} '{key}' ({locality}) cannot be published: " + string.Join("; ", problems.Select(p => $"{p.Code} {p.Message}")))
{
    public IReadOnlyList<DefinitionProblem> Problems { get; } = problems;
}

/// <summary>Someone else saved or published the definition first; carries the versions now current.</summary>
public sealed class DefinitionConflictException(DefinitionKind kind, string key, string locality, int? publishedVersion, int? draftVersion, string why)
    : Exception($"{DefinitionStore.Words(kind)} '{key}' ({locality}) was not published: {why}; published is now version {publishedVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}")
{
    public DefinitionKind Kind { get; } = kind;

    public string Key { get; } = key;

    public string Locality { get; } = locality;

    public int? PublishedVersion { get; } = publishedVersion;

    public int? DraftVersion { get; } = draftVersion;
}
