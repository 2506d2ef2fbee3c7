using System.Xml.Linq;
using Pathway.Engine.Expressions;
using Pathway.Engine.Model;

namespace Pathway.Engine.Bpmn;

/// <summary>
/// Walks a process and its embedded sub-processes into a <see cref="ProcessGraph"/>,
/// reporting each element outside the executable subset and each bad attribute as it goes.
/// Element-specific reading lives in ProcessReader.Nodes.cs.
/// </summary>
internal sealed partial class ProcessReader(List<BpmnError> errors, BpmnDefinitions definitions)
{
    private static readonly ExecutableSubset Subset = ExecutableSubset.Instance;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private ProcessGraph _graph = null!;
    private Dictionary<string, string> _laneRoles = null!;

    public ProcessGraph Read(XElement process)
    {
        _graph = new ProcessGraph(BpmnXml.Attribute(process, "id") ?? "process", BpmnXml.Attribute(process, "name"), BpmnXml.Line(process));
        _laneRoles = LaneRoles(process);
        ReadScope(process, scopeId: null);
        return _graph;
    }

    /// <summary>
    /// The role each lane gives the user tasks in it: its pathway:role, else its name as a
    /// role id ("District nurse" is district-nurse). A nested lane's role wins over its parent's.
    /// </summary>
    private static Dictionary<string, string> LaneRoles(XElement process)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        var lanes = process.Descendants(XName.Get("lane", Subset.BpmnNamespace)).OrderBy(l => l.Ancestors().Count());
        foreach (var lane in lanes)
        {
            var role = BpmnXml.Attribute(lane, XName.Get("role", Subset.PathwayNamespace))
                ?? (BpmnXml.Attribute(lane, "name") is { } name ? string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) : null);
            if (role is null)
                continue;
            foreach (var reference in lane.Elements(XName.Get("flowNodeRef", Subset.BpmnNamespace)))
            {
                if (BpmnXml.Text(reference.Value) is { } nodeId)
                    roles[nodeId] = role;
            }
        }
        return roles;
    }

    private void ReadScope(XElement container, string? scopeId)
    {
        foreach (var element in container.Elements())
        {
            var tag = element.Name.LocalName;
            // Other namespaces are tool extensions (Camunda, Zeebe); they do not execute. A
            // sub-process's own details (flow references, loop markers) are read with the sub-process.
            if (element.Name.NamespaceName != Subset.BpmnNamespace || Subset.IsIgnored(tag) || IsActivityDetail(tag))
                continue;
            if (ClaimId(element) is not { } id)
                continue;
            if (tag == "sequenceFlow")
                ReadFlow(element, id);
            else if (Subset.Elements.ContainsKey(tag))
                ReadNode(element, id, scopeId);
            else
                Refuse(element, id, scopeId, tag);
        }
    }

    /// <summary>Records an element outside the subset, so that its flows still connect while it is reported once.</summary>
    private void Refuse(XElement element, string id, string? scopeId, string tag)
    {
        Error(BpmnErrors.UnsupportedElement, id, element,
            $"{BpmnXml.Describe(element)} is a BPMN '{tag}', which Pathway does not execute; {Subset.FixFor(tag)}");
        _graph.Elements.Add(new GraphElement(id, tag, scopeId, BpmnXml.Line(element), null, IsActivity: IsActivityTag(tag)));
    }

    private string? ClaimId(XElement element)
    {
        if (BpmnXml.Attribute(element, "id") is not { } id)
        {
            Error(BpmnErrors.MissingId, null, element,
                $"this {element.Name.LocalName} has no id; give it a unique id (the modeler does this when it is drawn there)");
            return null;
        }
        if (_ids.Add(id))
            return id;
        Error(BpmnErrors.DuplicateId, id, element, $"the id '{id}' is used by another element too; give each element its own id");
        return null;
    }

    private void ReadFlow(XElement element, string id)
    {
        var condition = element.Element(XName.Get("conditionExpression", Subset.BpmnNamespace)) is { } expression
            ? BpmnXml.Text(expression.Value)
            : null;
        if (condition is not null && ConditionEvaluator.CheckSyntax(condition) is { } reason)
        {
            Error(BpmnErrors.BadCondition, id, element,
                $"the condition '{condition}' of flow {BpmnXml.Describe(element)} does not parse ({reason}); write a boolean expression over case variables, such as mdtNeeded == true");
        }
        _graph.Flows.Add(new SequenceFlow(id, BpmnXml.Attribute(element, "name"),
            BpmnXml.Attribute(element, "sourceRef") ?? "", BpmnXml.Attribute(element, "targetRef") ?? "", BpmnXml.Line(element), condition));
    }

    private static bool IsActivityDetail(string tag) =>
        tag is "incoming" or "outgoing" || tag.EndsWith("LoopCharacteristics", StringComparison.Ordinal);

    private static bool IsActivityTag(string tag) => tag.EndsWith("Task", StringComparison.Ordinal)
        || tag is "task" or "subProcess" or "transaction" or "adHocSubProcess" or "callActivity";

    private void Error(string code, string? id, XElement element, string message) =>
        errors.Add(new BpmnError(code, id, BpmnXml.Line(element), message));
}
