using System.Text.Json;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Facts;
using RulesEngine.Models;

namespace Pathway.Rules.Validation;

/// <summary>
/// What Pathway asks of a rule set beyond RulesEngine's schema: one workflow named like the
/// rule set, flat rules whose decision is data (<c>Properties.outputs</c>) with a plain-English
/// <c>Properties.description</c>, the same output names on every rule, and only facts that
/// exist on <see cref="CaseFacts"/>. Flat rules keep "which facts did the decision read" exact.
/// </summary>
public static class PathwayRuleSetValidator
{
    public static List<LoadedRule> Validate(Workflow workflow, string ruleSet, List<RuleSetError> errors)
    {
        if (!string.Equals(workflow.WorkflowName, ruleSet, StringComparison.Ordinal))
            errors.Add(new(RuleErrorCodes.WorkflowNameMismatch, ruleSet, null, null,
                $"the workflow is named '{workflow.WorkflowName}' but the rule set is '{ruleSet}'; make \"WorkflowName\" match the file name."));
        if (workflow.GlobalParams?.Any() == true || workflow.WorkflowsToInject?.Any() == true)
            errors.Add(new(RuleErrorCodes.UnsupportedFeature, ruleSet, null, null,
                "GlobalParams and WorkflowsToInject are not used in Pathway rule sets; write each condition in full in its rule's Expression."));

        var loaded = new List<LoadedRule>();
        string[]? outputNames = null;
        foreach (var rule in workflow.Rules ?? [])
        {
            var name = rule.RuleName ?? "";
            if (rule.Rules?.Any() == true || rule.LocalParams?.Any() == true || rule.Actions is not null || !rule.Enabled)
                errors.Add(new(RuleErrorCodes.UnsupportedFeature, ruleSet, name, rule.Expression,
                    "nested rules, LocalParams, Actions and disabled rules are not used in Pathway rule sets; write one flat rule with its outputs in \"Properties.outputs\" (delete a rule rather than disable it: versions keep history)."));

            var reads = ReadFacts(rule.Expression ?? "", ruleSet, name, errors);
            var properties = rule.Properties ?? [];
            var description = properties.GetValueOrDefault("description") is JsonElement { ValueKind: JsonValueKind.String } d ? d.GetString() : null;
            if (string.IsNullOrWhiteSpace(description))
                errors.Add(new(RuleErrorCodes.MissingDescription, ruleSet, name, null,
                    "the rule has no \"Properties.description\"; add a plain-English sentence the case page can show."));
            var redFlag = properties.GetValueOrDefault("redFlag") is JsonElement { ValueKind: JsonValueKind.True };

            var outputs = OutputValues.Read(properties.GetValueOrDefault("outputs"), ruleSet, name, errors);
            if (outputs is null) continue;
            var names = outputs.Keys.Order(StringComparer.Ordinal).ToArray();
            outputNames ??= names;
            if (!names.SequenceEqual(outputNames))
                errors.Add(new(RuleErrorCodes.Outputs, ruleSet, name, null,
                    $"the rule's outputs ({string.Join(", ", names)}) differ from the first rule's ({string.Join(", ", outputNames)}); every rule must set the same case variables."));
            loaded.Add(new(name, rule.Expression ?? "", description ?? "", redFlag, outputs, reads));
        }
        return loaded;
    }

    private static List<FactMember> ReadFacts(string expression, string ruleSet, string rule, List<RuleSetError> errors)
    {
        var reads = new List<FactMember>();
        foreach (var name in FactReferences.In(expression))
        {
            if (CaseFactsSchema.TryFind(name, out var member))
            {
                reads.Add(member);
                continue;
            }
            var guess = CaseFactsSchema.Members.MinBy(m => StructureValidator.Distance(m.Name.ToLowerInvariant(), name.ToLowerInvariant()))!;
            errors.Add(new(RuleErrorCodes.UnknownFact, ruleSet, rule, expression,
                $"'referral.{name}' is not a case fact; did you mean 'referral.{guess.Name}'? (Facts are the properties of CaseFacts.)"));
        }
        return reads;
    }
}
