namespace Pathway.Runtime.Definitions;

/// <summary>The three kinds of definition a locality publishes: what runs, what decides, and the policy that checks both.</summary>
public enum DefinitionKind
{
    Pathway,
    RuleSet,
    Spec,
}
