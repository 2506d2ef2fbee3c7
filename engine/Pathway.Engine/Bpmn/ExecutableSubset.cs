using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pathway.Engine.Bpmn;

/// <summary>
/// The executable BPMN subset, read from the embedded <c>executable-subset.json</c> that the
/// designer imports too, so the engine and the modeler never disagree on what may be drawn.
/// </summary>
internal sealed record ExecutableSubset(
    [property: JsonPropertyName("namespaces")] IReadOnlyDictionary<string, string> Namespaces,
    [property: JsonPropertyName("elements")] IReadOnlyDictionary<string, ElementRule> Elements,
    [property: JsonPropertyName("ignored")] IReadOnlyList<string> Ignored,
    [property: JsonPropertyName("refused")] IReadOnlyDictionary<string, string> Refused,
    [property: JsonPropertyName("multiInstance")] ElementRule MultiInstance)
{
    public const string NoEventDefinition = "none";
    private const string GeneralFix = "Pathway executes events, tasks (user, service, business rule, manual, send, receive and plain), call activities, exclusive, parallel, inclusive and event-based gateways, and embedded and event sub-processes: replace it with one of those";

    public static ExecutableSubset Instance { get; } = Load();

    public string BpmnNamespace => Namespaces["bpmn"];

    public string PathwayNamespace => Namespaces["pathway"];

    public bool IsIgnored(string tag) => Ignored.Contains(tag);

    public string FixFor(string tag) => Refused.TryGetValue(tag, out var fix) ? fix : GeneralFix;

    private static ExecutableSubset Load()
    {
        using var stream = typeof(ExecutableSubset).Assembly.GetManifestResourceStream("Pathway.Engine.Bpmn.executable-subset.json")
            ?? throw new InvalidOperationException("executable-subset.json is not embedded in Pathway.Engine");
        return JsonSerializer.Deserialize<ExecutableSubset>(stream)
            ?? throw new InvalidOperationException("executable-subset.json is empty");
    }
}

/// <summary>What one executable element may carry: event definitions ("none" for a plain event) and pathway attributes.</summary>
internal sealed record ElementRule(
    [property: JsonPropertyName("eventDefinitions")] IReadOnlyList<string>? EventDefinitions,
    [property: JsonPropertyName("attributes")] IReadOnlyList<AttributeRule>? Attributes);

/// <summary>A <c>pathway:</c> attribute; <see cref="Value"/> is role, duration or text.</summary>
internal sealed record AttributeRule(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("required")] bool Required = false,
    [property: JsonPropertyName("description")] string? Description = null);
