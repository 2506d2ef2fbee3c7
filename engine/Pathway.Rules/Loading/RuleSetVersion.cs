namespace Pathway.Rules.Loading;

/// <summary>One published version of a rule set; <paramref name="Locality"/> null means national.</summary>
public sealed record RuleSetVersion(string Name, string? Locality, int Version, string Json, string ContentHash)
{
    public static RuleSetVersion Create(string name, string? locality, int version, string json) =>
        new(name, locality, version, json, Engine.Definitions.ContentHash.Of(json));
}
