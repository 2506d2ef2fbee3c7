using System.Dynamic;
using System.Text.RegularExpressions;
using RulesEngine.Models;

namespace Pathway.Rules.Validation;

/// <summary>
/// For workflows written against someone else's inputs (the RulesEngine samples): infers the
/// input parameters and their member types from the expressions alone, where the file says
/// enough (<c>input1.country == "india"</c> makes country text; <c>!input1.Boolean</c> makes a
/// bool). Anything else (method calls, nested members) cannot be typed from the file, and the
/// workflow's expressions are then left uncompiled rather than guessed wrongly.
/// </summary>
public static partial class ProbeInference
{
    /// <summary>Probe parameters, or null with the reason when the file does not say enough.</summary>
    public static RuleParameter[]? Infer(Workflow workflow, out string? reason)
    {
        reason = null;
        var rules = Flatten(workflow.Rules ?? []).ToList();
        var scoped = new HashSet<string>(
            (workflow.GlobalParams ?? []).Concat(rules.SelectMany(r => r.LocalParams ?? [])).Select(p => p.Name),
            StringComparer.OrdinalIgnoreCase);
        var expressions = rules.Select(r => r.Expression)
            .Concat((workflow.GlobalParams ?? []).Concat(rules.SelectMany(r => r.LocalParams ?? [])).Select(p => p.Expression))
            .Where(e => !string.IsNullOrWhiteSpace(e));

        var inputs = new Dictionary<string, IDictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var expression in expressions)
        {
            foreach (Match use in MemberUse().Matches(expression!))
            {
                var parameter = use.Groups["p"].Value;
                if (scoped.Contains(parameter)) continue;
                object? probe = use.Groups["str"].Success ? "" : use.Groups["num"].Success ? 0.0 : use.Groups["bool"].Success ? false : null;
                if (probe is null)
                {
                    reason = $"'{use.Value.Trim()}' does not show the type of {parameter}.{use.Groups["m"].Value}";
                    return null;
                }
                if (!inputs.TryGetValue(parameter, out var members))
                    inputs[parameter] = members = new ExpandoObject();
                members[use.Groups["m"].Value] = probe;
            }
        }
        return inputs.Select(i => new RuleParameter(i.Key, i.Value)).ToArray();
    }

    private static IEnumerable<Rule> Flatten(IEnumerable<Rule> rules) =>
        rules.SelectMany(r => new[] { r }.Concat(Flatten(r.Rules ?? [])));

    // parameter.member, then what follows it: a comparison with a literal, a boolean context, or anything else.
    [GeneratedRegex("""(?<![\w.])(?<p>[A-Za-z_]\w*)\.(?<m>[A-Za-z_]\w*)(?:(?<str>\s*(?:==|!=|=)\s*")|(?<num>\s*(?:==|!=|<=|>=|<|>|=)\s*-?\d)|(?<bool>\s*(?:&&|\|\||\)|$|AND\b|OR\b|==\s*(?:true|false)\b))|(?<other>))""")]
    private static partial Regex MemberUse();
}
