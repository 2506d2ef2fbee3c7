using System.Text.Json;

namespace Pathway.Runtime.Definitions;

/// <summary>
/// One thing wrong with a definition: a stable code, where (element id, rule name or step),
/// the line when known, what is wrong and what to do. A draft is saved with its problems.
/// </summary>
public sealed record DefinitionProblem(string Code, string? Element, int? Line, string Message, string? Fix)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson(IReadOnlyList<DefinitionProblem> problems) => JsonSerializer.Serialize(problems, Json);

    public static IReadOnlyList<DefinitionProblem> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<DefinitionProblem>>(json, Json) ?? [];
}
