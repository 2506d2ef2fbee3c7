using System.Text.Json;
using RulesEngine.Models;

namespace Pathway.Rules.Validation;

/// <summary>
/// Checks a workflow's shape against RulesEngine's workflow schema (required names, leaf rules
/// with an expression, nested rules with an operator) and flags unknown properties, which
/// RulesEngine would silently ignore, such as a misspelt "Expresion".
/// </summary>
public static class StructureValidator
{
    private static readonly string[] WorkflowProperties = ["WorkflowName", "WorkflowsToInject", "RuleExpressionType", "GlobalParams", "Rules"];
    private static readonly string[] RuleProperties =
        ["RuleName", "Properties", "Operator", "ErrorMessage", "ErrorType", "Enabled", "RuleExpressionType",
         "WorkflowsToInject", "Rules", "LocalParams", "Expression", "Actions", "SuccessEvent"];
    private static readonly string[] Operators = ["And", "AndAlso", "Or", "OrElse"];
    private static readonly string[] ActionNames = ["OutputExpression", "EvaluateRule"];

    public static void Validate(Workflow workflow, JsonElement json, string source, List<RuleSetError> errors)
    {
        var name = string.IsNullOrWhiteSpace(workflow.WorkflowName) ? source : workflow.WorkflowName;
        if (string.IsNullOrWhiteSpace(workflow.WorkflowName))
            errors.Add(new(RuleErrorCodes.NotAWorkflow, source, null, null, "the workflow has no \"WorkflowName\"; add one."));
        CheckProperties(json, WorkflowProperties, name, null, errors);

        var rules = workflow.Rules?.ToList() ?? [];
        if (rules.Count == 0)
        {
            errors.Add(new(RuleErrorCodes.NoRules, name, null, null, "the workflow has no rules; add at least one to \"Rules\"."));
            return;
        }
        var ruleJson = TryGetIgnoringCase(json, "Rules", out var r) && r.ValueKind == JsonValueKind.Array ? r.EnumerateArray().ToList() : [];
        ValidateRules(rules, ruleJson, name, errors);
    }

    private static void ValidateRules(List<Rule> rules, List<JsonElement> json, string workflow, List<RuleSetError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var label = string.IsNullOrWhiteSpace(rule.RuleName) ? $"#{i + 1}" : rule.RuleName;
            if (string.IsNullOrWhiteSpace(rule.RuleName))
                errors.Add(new(RuleErrorCodes.RuleName, workflow, label, null, $"rule {label} has no \"RuleName\"; give every rule a unique name."));
            else if (!seen.Add(rule.RuleName))
                errors.Add(new(RuleErrorCodes.RuleName, workflow, label, null, $"the rule name '{label}' is used twice; rule names must be unique within a workflow."));
            if (i < json.Count)
                CheckProperties(json[i], RuleProperties, workflow, label, errors);

            var children = rule.Rules?.ToList() ?? [];
            if (children.Count > 0)
            {
                if (rule.Operator is null || !Operators.Contains(rule.Operator, StringComparer.OrdinalIgnoreCase))
                    errors.Add(new(RuleErrorCodes.RuleShape, workflow, label, null,
                        $"a rule with nested \"Rules\" needs \"Operator\" set to one of {string.Join(", ", Operators)} (it is '{rule.Operator}')."));
                var childJson = i < json.Count && TryGetIgnoringCase(json[i], "Rules", out var c) && c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().ToList() : [];
                ValidateRules(children, childJson, workflow, errors);
            }
            else if (string.IsNullOrWhiteSpace(rule.Expression))
            {
                errors.Add(new(RuleErrorCodes.RuleShape, workflow, label, null, "the rule has no \"Expression\"; add a condition such as \"referral.news2Score >= 7\"."));
            }

            foreach (var action in new[] { rule.Actions?.OnSuccess, rule.Actions?.OnFailure })
            {
                if (action is not null && !ActionNames.Contains(action.Name, StringComparer.Ordinal))
                    errors.Add(new(RuleErrorCodes.RuleShape, workflow, label, null,
                        $"the action '{action.Name}' is not a RulesEngine action; use {string.Join(" or ", ActionNames)}."));
            }
        }
    }

    private static void CheckProperties(JsonElement element, string[] known, string workflow, string? rule, List<RuleSetError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
        {
            if (known.Contains(property.Name, StringComparer.OrdinalIgnoreCase)) continue;
            var guess = known.MinBy(k => Distance(k.ToLowerInvariant(), property.Name.ToLowerInvariant()));
            var fix = Distance(guess!.ToLowerInvariant(), property.Name.ToLowerInvariant()) <= 3 ? $"did you mean \"{guess}\"?" : "remove it.";
            errors.Add(new(RuleErrorCodes.UnknownProperty, workflow, rule, null,
                $"unknown property \"{property.Name}\" would be ignored; {fix}"));
        }
    }

    private static bool TryGetIgnoringCase(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>Levenshtein distance, to suggest the property someone meant.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
