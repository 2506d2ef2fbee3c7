using System.Text.Json;

namespace Pathway.DesignerHost.Rules;

/// <summary>A rule as a service designer reads it: name, condition and plain-English description.</summary>
public sealed record RuleView(string Name, string Expression, string? Description)
{
    public static IReadOnlyList<RuleView> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement[0] : document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Rules", out var rules) || rules.ValueKind != JsonValueKind.Array)
            return [];
        return [.. rules.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).Select(r => new RuleView(
            r.TryGetProperty("RuleName", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() ?? "" : "",
            r.TryGetProperty(nameof(Expression), out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : "",
            r.TryGetProperty("Properties", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("description", out var d) ? d.GetString() : null))];
    }
}
