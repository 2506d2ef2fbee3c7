using System.Text.RegularExpressions;

namespace Pathway.Rules.Validation;

/// <summary>The <c>referral.xxx</c> members an expression reads, ignoring text inside string literals.</summary>
public static partial class FactReferences
{
    public const string ParameterName = "referral";

    public static IReadOnlyList<string> In(string expression) =>
        Member().Matches(StringLiteral().Replace(expression, "\"\""))
            .Select(m => m.Groups["name"].Value)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w.])referral\s*\.\s*(?<name>[A-Za-z_]\w*)")]
    private static partial Regex Member();
}
