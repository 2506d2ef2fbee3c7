using System.Globalization;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Validation;

namespace Pathway.Rules.Facts;

/// <summary>
/// Maps case variables (strings, longs, doubles, bools, null) onto <see cref="CaseFacts"/>.
/// Missing or null variables keep the default; a value of the wrong kind is refused rather
/// than guessed, because a silently wrong fact routes a patient wrongly.
/// </summary>
public static class CaseFactsMapper
{
    public static CaseFacts Map(IReadOnlyDictionary<string, object?> variables)
    {
        var facts = new CaseFacts();
        foreach (var member in CaseFactsSchema.Members)
        {
            if (variables.TryGetValue(member.Name, out var value) && value is not null)
                member.Set(facts, Convert(member, value));
        }
        return facts;
    }

    private static object Convert(FactMember member, object value)
    {
        var type = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        if (type == typeof(int))
        {
            switch (value)
            {
                case int i: return i;
                case long l when l is >= int.MinValue and <= int.MaxValue: return (int)l;
                case double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue: return (int)d;
                case decimal m when m == decimal.Floor(m): return (int)m;
            }
        }
        else if (type == typeof(bool) && value is bool)
        {
            return value;
        }
        else if (type == typeof(string))
        {
            if (value is string) return value;
            if (value is long or int or double) return System.Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }
        throw new RuleSetException(RuleErrorCodes.VariableWrongType,
            $"case variable '{member.Name}' holds {Describe(value)}, but rules read it as {Describe(member.Type)}; fix the form or mapping that sets it");
    }

    private static string Describe(object value) => $"{value.GetType().Name} '{System.Convert.ToString(value, CultureInfo.InvariantCulture)}'";

    private static string Describe(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) == typeof(int) ? "a whole number" : type == typeof(bool) ? "true/false" : "text";
}
