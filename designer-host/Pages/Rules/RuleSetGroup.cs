using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Rules;

/// <summary>A rule set in one locality: its versions newest first, with the published one and any draft picked out.</summary>
public sealed record RuleSetGroup(string Name, string Locality, IReadOnlyList<DefinitionRecord> Versions)
{
    public DefinitionRecord? Published => Versions.FirstOrDefault(v => v.Status == DefinitionStatus.Published);
    public DefinitionRecord? Draft => Versions.FirstOrDefault(v => v.Status == DefinitionStatus.Draft);
}
