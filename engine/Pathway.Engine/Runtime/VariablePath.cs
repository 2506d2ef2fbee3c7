using System.Collections;
using System.Text.Json;

namespace Pathway.Engine.Runtime;

/// <summary>
/// Reads a variable, or a field inside one by a dotted path (<c>action.owner</c>), whether
/// the value came from a command (dictionaries) or back from the store (JSON).
/// </summary>
internal static class VariablePath
{
    public static object? Read(IReadOnlyDictionary<string, object?> variables, string path)
    {
        var parts = path.Split('.');
        var value = variables.GetValueOrDefault(parts[0]);
        foreach (var field in parts.Skip(1))
        {
            value = value switch
            {
                IReadOnlyDictionary<string, object?> record => record.GetValueOrDefault(field),
                IDictionary record => record.Contains(field) ? record[field] : null,
                JsonElement { ValueKind: JsonValueKind.Object } json => json.TryGetProperty(field, out var inner) ? inner : null,
                _ => null,
            };
        }
        return value is JsonElement { ValueKind: JsonValueKind.String } text ? text.GetString() : value;
    }
}
