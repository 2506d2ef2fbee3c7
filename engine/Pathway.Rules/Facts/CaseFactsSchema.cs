using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Pathway.Rules.Facts;

/// <summary>
/// The members of <see cref="CaseFacts"/> by case variable name, built once by reflection and
/// compiled to delegates so mapping a case costs no reflection per call.
/// </summary>
public static class CaseFactsSchema
{
    public static IReadOnlyList<FactMember> Members { get; } = Build();

    // Rule expressions resolve members case-insensitively (RulesEngine's default), so lookups do too.
    private static readonly Dictionary<string, FactMember> ByName =
        Members.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);

    public static bool TryFind(string name, out FactMember member) => ByName.TryGetValue(name, out member!);

    private static List<FactMember> Build() =>
        typeof(CaseFacts).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => new FactMember(
                p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name,
                p.PropertyType,
                CompileGetter(p),
                CompileSetter(p)))
            .ToList();

    private static Func<CaseFacts, object?> CompileGetter(PropertyInfo property)
    {
        var facts = Expression.Parameter(typeof(CaseFacts));
        var body = Expression.Convert(Expression.Property(facts, property), typeof(object));
        return Expression.Lambda<Func<CaseFacts, object?>>(body, facts).Compile();
    }

    private static Action<CaseFacts, object?> CompileSetter(PropertyInfo property)
    {
        var facts = Expression.Parameter(typeof(CaseFacts));
        var value = Expression.Parameter(typeof(object));
        var body = Expression.Assign(Expression.Property(facts, property), Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<CaseFacts, object?>>(body, facts, value).Compile();
    }
}
