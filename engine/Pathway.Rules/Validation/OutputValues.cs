using System.Text.Json;
using Pathway.Engine.Time;

namespace Pathway.Rules.Validation;

/// <summary>Reads a rule's <c>Properties.outputs</c> into plain values and checks them against the vocabularies.</summary>
internal static class OutputValues
{
    public static Dictionary<string, object?>? Read(object? outputs, string ruleSet, string rule, List<RuleSetError> errors)
    {
        if (outputs is not JsonElement { ValueKind: JsonValueKind.Object } element)
        {
            errors.Add(new(RuleErrorCodes.Outputs, ruleSet, rule, null,
                "the rule has no \"Properties.outputs\" object; add the case variables it decides, e.g. {\"assessorRole\": \"district-nurse\"}."));
            return null;
        }
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            object? value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                JsonValueKind.Number when property.Value.TryGetInt64(out var l) => l,
                JsonValueKind.Number => property.Value.GetDouble(),
                _ => Invalid(property, ruleSet, rule, errors),
            };
            Check(property.Name, value, ruleSet, rule, errors);
            values[property.Name] = value;
        }
        return values;
    }

    private static object? Invalid(JsonProperty property, string ruleSet, string rule, List<RuleSetError> errors)
    {
        errors.Add(new(RuleErrorCodes.Outputs, ruleSet, rule, null,
            $"output '{property.Name}' is {property.Value.ValueKind}; outputs must be text, numbers, true/false or null."));
        return null;
    }

    private static void Check(string name, object? value, string ruleSet, string rule, List<RuleSetError> errors)
    {
        if (name.EndsWith("Role", StringComparison.Ordinal) && (value is not string role || !KnownValues.Roles.Contains(role)))
            errors.Add(new(RuleErrorCodes.Outputs, ruleSet, rule, null,
                $"output '{name}' is '{value}', not a known role; use one of {string.Join(", ", KnownValues.Roles)}."));
        else if (name == "responseStandard" && (value is not string standard || !KnownValues.ResponseStandards.Contains(standard)))
            errors.Add(new(RuleErrorCodes.Outputs, ruleSet, rule, null,
                $"output 'responseStandard' is '{value}'; use one of {string.Join(", ", KnownValues.ResponseStandards)}."));
        else if ((name.EndsWith("Window", StringComparison.Ordinal) || name.EndsWith("After", StringComparison.Ordinal))
                 && (value is not string duration || !IsoDuration.TryParse(duration, out _)))
            errors.Add(new(RuleErrorCodes.Outputs, ruleSet, rule, null,
                $"output '{name}' is '{value}', not an ISO 8601 duration; write e.g. PT2H, P2D or P7D."));
    }
}
