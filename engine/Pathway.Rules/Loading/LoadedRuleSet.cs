using Pathway.Rules.Evaluation;
using RulesEngine.Models;

namespace Pathway.Rules.Loading;

/// <summary>A rule set version that passed validation, with its rules in file order.</summary>
public sealed record LoadedRuleSet(RuleSetVersion Version, Workflow Workflow, IReadOnlyList<LoadedRule> Rules)
{
    /// <summary>"national" or the locality's name: what a decision records as where it came from.</summary>
    public string Origin => Version.Locality ?? "national";
}
