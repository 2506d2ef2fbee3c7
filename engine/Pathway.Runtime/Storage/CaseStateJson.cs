using System.Text.Json;
using System.Text.Json.Serialization;
using Pathway.Engine.Runtime;

namespace Pathway.Runtime.Storage;

/// <summary>
/// Case state and journal data as JSON. Variables come back as plain CLR values (string,
/// long, double, bool, string[], nested dictionaries), never JsonElement, so expressions
/// and rules see the same types a live case had.
/// </summary>
public static class CaseStateJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new PlainValueConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(CaseState state) => JsonSerializer.Serialize(state, Options);

    public static CaseState Deserialize(string json) =>
        JsonSerializer.Deserialize<CaseState>(json, Options) ?? throw new JsonException("empty case state");

    public static string SerializeData(object? data) => JsonSerializer.Serialize(data, Options);

    public static Dictionary<string, object?> DeserializeData(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, object?>>(json, Options) ?? [];

    /// <summary>Turns a JSON value into the plain value a case variable holds.</summary>
    public static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : (object)element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array when element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            element.EnumerateArray().Select(e => e.GetString()!).ToArray(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    private sealed class PlainValueConverter : JsonConverter<object>
    {
        public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return ToPlain(document.RootElement);
        }

        public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, value.GetType(), options);
    }
}
