using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Definitions;

/// <summary>
/// Everything that decides how a locality's cases run and which policy checks them: the
/// published national definitions plus the locality's own, optionally with drafts swapped in.
/// The policy runner proves a set against the specs; an impact replay compares two sets.
/// </summary>
public sealed record VersionSet(string Locality, IReadOnlyList<DefinitionRecord> Definitions)
{
    /// <summary>The same set with each given version in place of the one with its kind, key and locality (or added).</summary>
    public VersionSet With(IEnumerable<DefinitionRecord> swaps)
    {
        var result = Definitions.ToList();
        foreach (var swap in swaps.Where(s => s.Locality == Locality || s.Locality == Localities.National))
        {
            result.RemoveAll(d => d.Kind == swap.Kind && d.Key == swap.Key && d.Locality == swap.Locality);
            result.Add(swap);
        }
        return new VersionSet(Locality, [.. result.OrderBy(d => d.Kind).ThenBy(d => d.Key, StringComparer.Ordinal).ThenBy(d => d.Locality, StringComparer.Ordinal)]);
    }

    public IEnumerable<DefinitionRecord> OfKind(DefinitionKind kind) => Definitions.Where(d => d.Kind == kind);

    /// <summary>The versions in words, e.g. "RuleSet escalation v3 (north-shire)", for results and journals.</summary>
    public IReadOnlyList<DefinitionVersionRef> Versions =>
        [.. Definitions.Select(d => new DefinitionVersionRef(d.Kind, d.Key, d.Locality, d.Version, d.Status, d.ContentHash))];
}

/// <summary>Which version of a definition something ran against.</summary>
public sealed record DefinitionVersionRef(DefinitionKind Kind, string Key, string Locality, int Version, DefinitionStatus Status, string ContentHash)
{
    public override string ToString() => $"{Kind} {Key} v{Version} ({Locality}{(Status == DefinitionStatus.Draft ? ", draft" : "")})";
}
