using System.Xml.Linq;

namespace Pathway.Engine.Bpmn;

/// <summary>
/// The root-level elements events refer to by id: messages and signals (matched on their
/// name, else their id), errors and escalations (thrown and caught by their code, else their
/// name, else their id).
/// </summary>
internal sealed record BpmnDefinitions(
    IReadOnlyDictionary<string, string> Messages,
    IReadOnlyDictionary<string, string> Signals,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyDictionary<string, string> Escalations)
{
    public static BpmnDefinitions Read(XElement definitions) => new(
        Named(definitions, "message", "name"),
        Named(definitions, "signal", "name"),
        Named(definitions, "error", "errorCode", "name"),
        Named(definitions, "escalation", "escalationCode", "name"));

    private static Dictionary<string, string> Named(XElement definitions, string tag, params string[] names)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in definitions.Elements(XName.Get(tag, ExecutableSubset.Instance.BpmnNamespace)))
        {
            if (BpmnXml.Attribute(element, "id") is { } id)
                byId[id] = names.Select(n => BpmnXml.Attribute(element, n)).FirstOrDefault(v => v is not null) ?? id;
        }
        return byId;
    }
}
