using System.Text;
using System.Text.RegularExpressions;

namespace Pathway.Host.Tests;

/// <summary>One broken request for an operation, and what is broken about it.</summary>
public sealed record BrokenInput(string Name, HttpRequestMessage Request);

/// <summary>Broken bodies, parameters and headers for one OpenAPI operation, shaped by its own schema.</summary>
public static partial class BrokenInputs
{
    private const string BadDate = "2026-02-30T25:61:00";
    private static readonly string Huge = new('x', 100_000);

    public static IEnumerable<BrokenInput> For(JsonObject document, string method, string path, JsonObject operation, SweepValues values)
    {
        var url = values.Fill(path);
        var parameters = operation["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
        foreach (var name in PathParameter().Matches(path).Select(m => m.Groups[1].Value))
        {
            yield return new($"path {name} not an id", new(new HttpMethod(method), Replace(path, values, name, "not-an-id")));
            yield return new($"path {name} huge", new(new HttpMethod(method), Replace(path, values, name, new string('9', 3000))));
        }
        foreach (var query in parameters.Where(p => p["in"]?.GetValue<string>() == "query").Select(p => p["name"]!.GetValue<string>()))
        {
            foreach (var (what, value) in new[] { ("wrong type", "[not a value]"), ("bad date", BadDate), ("huge", new string('q', 5000)) })
                yield return new($"query {query} {what}", new(new HttpMethod(method), $"{url}?{query}={Uri.EscapeDataString(value)}"));
        }
        if (BodySchema(document, operation) is not { } schema)
            yield break;
        foreach (var (name, body) in Bodies(document, schema))
            yield return new(name, Json(method, url, body, "application/json"));
        yield return new("non-JSON body", Json(method, url, "this is { not json", "application/json"));
        yield return new("array for an object", Json(method, url, "[]", "application/json"));
        yield return new("deep nesting", Json(method, url, "{\"x\":" + new string('[', 5000) + new string(']', 5000) + "}", "application/json"));
        yield return new("oversize body", Json(method, url, "\"" + new string('o', 1_100_000) + "\"", "application/json"));
        yield return new("wrong content type", Json(method, url, "{}", "text/plain"));
        var badKey = Json(method, url, "{}", "application/json");
        badKey.Headers.Add("Idempotency-Key", new string('k', 300));
        yield return new("invalid Idempotency-Key", badKey);
    }

    private static IEnumerable<(string Name, string Body)> Bodies(JsonObject document, JsonObject schema)
    {
        yield return ("missing fields", "{}");
        yield return ("nulls", Shape(document, schema, _ => null, depth: 0)?.ToJsonString() ?? "null");
        yield return ("wrong types", Shape(document, schema, WrongFor, depth: 0)?.ToJsonString() ?? "0");
        yield return ("huge strings", Shape(document, schema, p => TypeOf(p) == "string" ? Huge : null, depth: 0)?.ToJsonString() ?? $"\"{Huge}\"");
        yield return ("bad dates", Shape(document, schema, _ => BadDate, depth: 0)?.ToJsonString() ?? $"\"{BadDate}\"");
        yield return ("unknown enum words", Shape(document, schema, p => p["enum"] is not null || TypeOf(p) == "string" ? "no-such-word" : null, depth: 0)?.ToJsonString() ?? "\"no-such-word\"");
    }

    /// <summary>An object with the schema's properties, each leaf set by <paramref name="leaf"/>; nested objects keep their shape.</summary>
    private static JsonNode? Shape(JsonObject document, JsonObject schema, Func<JsonObject, JsonNode?> leaf, int depth)
    {
        var resolved = Resolve(document, schema);
        if (resolved["properties"] is not JsonObject properties || depth > 3)
            return leaf(resolved);
        var shaped = new JsonObject();
        foreach (var (name, property) in properties)
        {
            var child = Resolve(document, property!.AsObject());
            shaped[name] = child["properties"] is JsonObject ? Shape(document, child, leaf, depth + 1) : leaf(child);
        }
        return shaped;
    }

    private static JsonNode WrongFor(JsonObject property) => TypeOf(property) switch
    {
        "string" => 12345,
        "integer" or "number" => "not-a-number",
        "boolean" => "maybe",
        "array" => "not-a-list",
        _ => new JsonArray(1, 2),
    };

    private static string? TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ => null,
    };

    private static JsonObject? BodySchema(JsonObject document, JsonObject operation) =>
        operation["requestBody"]?["content"]?.AsObject().Select(c => c.Value?["schema"]).OfType<JsonObject>().FirstOrDefault() is { } schema
            ? Resolve(document, schema)
            : null;

    private static JsonObject Resolve(JsonObject document, JsonObject schema)
    {
        for (var i = 0; i < 10 && schema["$ref"]?.GetValue<string>() is { } reference; i++)
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject();
        return schema;
    }

    private static string Replace(string path, SweepValues values, string name, string value) =>
        values.Fill(path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal));

    private static HttpRequestMessage Json(string method, string url, string body, string type) =>
        new(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, type) };

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PathParameter();
}
