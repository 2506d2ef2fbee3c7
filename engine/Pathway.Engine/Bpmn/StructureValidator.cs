using Pathway.Engine.Model;

namespace Pathway.Engine.Bpmn;

/// <summary>
/// Checks the shape of a read process: flows that connect, gateways with a way out, boundary
/// events on activities, one start per sub-process, and every node reachable. Refused
/// elements take part as plain nodes, so one mistake is not reported three times.
/// </summary>
internal static class StructureValidator
{
    public static void Check(ProcessGraph graph, List<BpmnError> errors)
    {
        var elements = graph.Elements.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var flows = ConnectedFlows(graph, elements, errors);
        var outgoing = flows.ToLookup(f => f.SourceId, StringComparer.Ordinal);
        foreach (var element in graph.Elements)
        {
            switch (element.Node)
            {
                case ExclusiveGateway or ParallelGateway when !outgoing[element.Id].Any():
                    errors.Add(new(BpmnErrors.GatewayWithoutWayOut, element.Id, element.Line,
                        $"gateway {element.Node.Label} has no outgoing flow, so a token reaching it would stop; connect it to the next step"));
                    break;
                case ExclusiveGateway { DefaultFlowId: { } defaultFlow } gateway when !outgoing[element.Id].Any(f => f.Id == defaultFlow):
                    errors.Add(new(BpmnErrors.BadDefaultFlow, element.Id, element.Line,
                        $"gateway {gateway.Label} names '{defaultFlow}' as its default flow, which is not one of its outgoing flows; mark one of its own flows as the default"));
                    break;
                case BoundaryTimerEvent boundary:
                    CheckAttachment(boundary, elements, errors);
                    break;
            }
        }
        CheckStarts(graph, errors);
        Reachability.Check(graph, flows, errors);
    }

    /// <summary>The flows whose ends exist in the same scope; the others are reported.</summary>
    private static List<SequenceFlow> ConnectedFlows(ProcessGraph graph, Dictionary<string, GraphElement> elements, List<BpmnError> errors)
    {
        var connected = new List<SequenceFlow>();
        foreach (var flow in graph.Flows)
        {
            var source = elements.GetValueOrDefault(flow.SourceId);
            var target = elements.GetValueOrDefault(flow.TargetId);
            if (source is null || target is null)
            {
                var missing = source is null ? $"source '{flow.SourceId}'" : $"target '{flow.TargetId}'";
                errors.Add(new(BpmnErrors.DanglingFlow, flow.Id, flow.Line,
                    $"sequence flow '{flow.Id}' has a {missing} that is not a node of the process; reconnect both ends or delete the flow"));
                continue;
            }
            if (source.ScopeId != target.ScopeId)
            {
                errors.Add(new(BpmnErrors.DanglingFlow, flow.Id, flow.Line,
                    $"sequence flow '{flow.Id}' crosses a sub-process boundary ({source.Id} to {target.Id}); connect to the sub-process itself, or to an end event inside it"));
                continue;
            }
            if (target.Tag is "startEvent" or "boundaryEvent" || source.Tag == "endEvent")
            {
                errors.Add(new(BpmnErrors.MisplacedFlow, flow.Id, flow.Line,
                    $"sequence flow '{flow.Id}' goes {(source.Tag == "endEvent" ? "out of an end event" : "into a " + target.Tag)}, which BPMN does not allow; start flows at start or boundary events and end them at end events"));
                continue;
            }
            connected.Add(flow);
        }
        return connected;
    }

    private static void CheckAttachment(BoundaryTimerEvent boundary, Dictionary<string, GraphElement> elements, List<BpmnError> errors)
    {
        if (boundary.AttachedToId.Length == 0)
            return; // reported while reading
        if (elements.GetValueOrDefault(boundary.AttachedToId) is not { IsActivity: true } activity || activity.ScopeId != boundary.ScopeId)
        {
            errors.Add(new(BpmnErrors.BadAttachment, boundary.Id, boundary.Line,
                $"boundary event {boundary.Label} is attached to '{boundary.AttachedToId}', which is not a task or sub-process beside it; attach it to an activity in the same process level"));
        }
    }

    /// <summary>The process needs a start event; an embedded sub-process needs exactly one, a none start event.</summary>
    private static void CheckStarts(ProcessGraph graph, List<BpmnError> errors)
    {
        var starts = graph.Elements.Where(e => e.Tag == "startEvent").ToLookup(e => e.ScopeId ?? "");
        if (!starts[""].Any())
        {
            errors.Add(new(BpmnErrors.NoStartEvent, graph.ProcessId, graph.Line,
                $"process '{graph.ProcessId}' has no start event; add a start event where a case begins"));
        }
        foreach (var sub in graph.Elements.Where(e => e.Node is SubProcess))
        {
            var inside = starts[sub.Id].ToList();
            if (inside.Count == 1 && inside[0].Node is null or StartEvent { MessageName: null })
                continue;
            errors.Add(new(BpmnErrors.SubProcessStart, sub.Id, sub.Line, inside.Count == 0
                ? $"sub-process {sub.Node!.Label} has no start event; add one none start event inside it"
                : $"sub-process {sub.Node!.Label} must have exactly one none start event (it has {inside.Count}, or a message start); keep one plain start event inside it"));
        }
    }
}
