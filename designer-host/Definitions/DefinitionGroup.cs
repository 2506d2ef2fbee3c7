using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Definitions;

/// <summary>A definition (rule set, spec) in one locality: its versions newest first, with the published one and any draft picked out.</summary>
public sealed record DefinitionGroup(string Name, string Locality, IReadOnlyList<DefinitionRecord> Versions)
{
    public DefinitionRecord? Published => Versions.FirstOrDefault(v => v.Status == DefinitionStatus.Published);
    public DefinitionRecord? Draft => Versions.FirstOrDefault(v => v.Status == DefinitionStatus.Draft);

    /// <summary>Versions grouped by key and locality, in the order given (newest first within each, when so ordered).</summary>
    public static IReadOnlyList<DefinitionGroup> Of(IEnumerable<DefinitionRecord> versions) =>
        [.. versions.GroupBy(r => (r.Key, r.Locality)).Select(g => new DefinitionGroup(g.Key.Key, g.Key.Locality, [.. g]))];
}
