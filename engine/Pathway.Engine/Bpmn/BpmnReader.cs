using System.Xml;
using System.Xml.Linq;
using Pathway.Engine.Model;

namespace Pathway.Engine.Bpmn;

/// <summary>
/// Reads BPMN 2.0 XML, as bpmn-js and Camunda Modeler write it, into an executable
/// <see cref="PathwayModel"/>. Everything outside the executable subset, and every
/// structural fault, is reported at load with a stable code, never met at run time.
/// </summary>
public static class BpmnReader
{
    /// <summary>The pathway in <paramref name="xml"/>; throws <see cref="BpmnValidationException"/> listing every error.</summary>
    public static PathwayModel Read(string xml, string? source = null)
    {
        var (model, errors) = Load(xml);
        return errors.Count == 0 ? model! : throw new BpmnValidationException(source, errors);
    }

    /// <summary>Every error in <paramref name="xml"/>, for the designer to show on the elements; empty when it loads.</summary>
    public static IReadOnlyList<BpmnError> Validate(string xml) => Load(xml).Errors;

    private static (PathwayModel? Model, IReadOnlyList<BpmnError> Errors) Load(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            return (null, [new BpmnError(BpmnErrors.MalformedXml, null, Math.Max(1, ex.LineNumber),
                $"the file is not well-formed XML ({ex.Message}); fix the XML at this line, or export the diagram again from the modeler")]);
        }
        var errors = new List<BpmnError>();
        if (ProcessSelector.Select(document.Root!, errors) is not { } process)
            return (null, errors);
        var graph = new ProcessReader(errors, BpmnDefinitions.Read(document.Root!)).Read(process);
        StructureValidator.Check(graph, errors);
        return errors.Count == 0 ? (graph.ToModel(), []) : (null, SortByLine(errors));
    }

    private static List<BpmnError> SortByLine(List<BpmnError> errors) =>
        [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Code, StringComparer.Ordinal)];
}
