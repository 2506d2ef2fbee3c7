namespace Pathway.Runtime.Definitions.Kinds;

/// <summary>The registered kinds, by kind; and the names they have in URLs.</summary>
public sealed class DefinitionKinds(IEnumerable<IDefinitionKindRules> rules)
{
    private readonly Dictionary<DefinitionKind, IDefinitionKindRules> _rules = rules.ToDictionary(r => r.Kind);

    public IDefinitionKindRules this[DefinitionKind kind] => _rules[kind];

    public IEnumerable<IDefinitionKindRules> All => _rules.Values;

    /// <summary>The kind a URL segment names: pathways, rules, specs.</summary>
    public static DefinitionKind? FromSegment(string segment) => segment.ToLowerInvariant() switch
    {
        "pathways" or "pathway" => DefinitionKind.Pathway,
        "rules" or "rule-sets" or "ruleset" => DefinitionKind.RuleSet,
        "specs" or "spec" => DefinitionKind.Spec,
        _ => null,
    };
}
