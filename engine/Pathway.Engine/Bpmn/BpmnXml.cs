using System.Xml;
using System.Xml.Linq;

namespace Pathway.Engine.Bpmn;

/// <summary>Small helpers over the BPMN XML: line numbers and trimmed attribute values.</summary>
internal static class BpmnXml
{
    public static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    public static string? Attribute(XElement element, string name) => Text(element.Attribute(name)?.Value);

    public static string? Attribute(XElement element, XName name) => Text(element.Attribute(name)?.Value);

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Describe(XElement element) =>
        $"{element.Name.LocalName} '{Attribute(element, "name") ?? Attribute(element, "id")}'";
}
