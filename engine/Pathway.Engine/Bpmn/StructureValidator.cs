using Pathway.Engine.Model;

namespace Pathway.Engine.Bpmn;

/// <summary>
/// Checks the shape of a read process: flows that connect, gateways with a way out, boundary
/// events on activities, the right start events in each scope, event-based gateways followed
/// by events, links that land, inclusive joins that cannot wait on each other, and every node
/// reachable. Refused elements take part as plain nodes, so one mistake is not reported three times.
/// </summary>
internal static class StructureValidator
{
    public static void Check(ProcessGraph graph, List<BpmnError> errors)
    {
        var elements = graph.Elements.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var flows = ConnectedFlows(graph, elements, errors);
        var outgoing = flows.ToLookup(f => f.SourceId, StringComparer.Ordinal);
        var incoming = flows.ToLookup(f => f.TargetId, StringComparer.Ordinal);
        foreach (var element in graph.Elements)
        {
            switch (element.Node)
            {
                case ExclusiveGateway or ParallelGateway or InclusiveGateway or EventBasedGateway when !outgoing[element.Id].Any():
                    errors.Add(new(BpmnErrors.GatewayWithoutWayOut, element.Id, element.Line,
                        $"gateway {element.Node.Label} has no outgoing flow, so a token reaching it would stop; connect it to the next step"));
                    break;
                case ExclusiveGateway { DefaultFlowId: { } defaultFlow } gateway when !outgoing[element.Id].Any(f => f.Id == defaultFlow):
                    BadDefault(gateway, defaultFlow, errors);
                    break;
                case InclusiveGateway { DefaultFlowId: { } defaultFlow } gateway when !outgoing[element.Id].Any(f => f.Id == defaultFlow):
                    BadDefault(gateway, defaultFlow, errors);
                    break;
                case EventBasedGateway gateway:
                    CheckEventGateway(gateway, outgoing[gateway.Id], elements, incoming, errors);
                    break;
                case BoundaryEvent boundary:
                    CheckAttachment(boundary, elements, errors);
                    break;
                case IntermediateThrowEvent { Trigger.Kind: TriggerKind.Link } link:
                    CheckLink(link, graph, errors);
                    break;
                case SubProcess { TriggeredByEvent: true } sub when incoming[sub.Id].Any() || outgoing[sub.Id].Any():
                    errors.Add(new(BpmnErrors.BadEventSubProcess, sub.Id, sub.Line,
                        $"event sub-process {sub.Label} has sequence flows; an event sub-process starts by its start event's trigger, so remove its flows"));
                    break;
            }
        }
        CheckStarts(graph, errors);
        InclusiveJoins.Check(graph, flows, errors);
        Reachability.Check(graph, flows, errors);
    }

    private static void BadDefault(Node gateway, string defaultFlow, List<BpmnError> errors) =>
        errors.Add(new(BpmnErrors.BadDefaultFlow, gateway.Id, gateway.Line,
            $"gateway {gateway.Label} names '{defaultFlow}' as its default flow, which is not one of its outgoing flows; mark one of its own flows as the default"));

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

    private static void CheckAttachment(BoundaryEvent boundary, Dictionary<string, GraphElement> elements, List<BpmnError> errors)
    {
        if (boundary.AttachedToId.Length == 0)
            return; // reported while reading
        if (elements.GetValueOrDefault(boundary.AttachedToId) is not { IsActivity: true } activity || activity.ScopeId != boundary.ScopeId)
        {
            errors.Add(new(BpmnErrors.BadAttachment, boundary.Id, boundary.Line,
                $"boundary event {boundary.Label} is attached to '{boundary.AttachedToId}', which is not a task or sub-process beside it; attach it to an activity in the same process level"));
        }
    }

    /// <summary>An event-based gateway races catch events: each flow must lead to a timer, message or signal catch event, or a receive task, that nothing else leads to.</summary>
    private static void CheckEventGateway(EventBasedGateway gateway, IEnumerable<SequenceFlow> flows, Dictionary<string, GraphElement> elements,
        ILookup<string, SequenceFlow> incoming, List<BpmnError> errors)
    {
        var targets = flows.Select(f => elements[f.TargetId]).ToList();
        if (targets.Count < 2)
        {
            errors.Add(new(BpmnErrors.BadEventGatewayTarget, gateway.Id, gateway.Line,
                $"event-based gateway {gateway.Label} has {targets.Count} outgoing flow; it races two or more events, so add the others (a decline message, a deadline timer)"));
        }
        foreach (var target in targets.Where(t => t.Node is not null))
        {
            var fits = target.Node is ReceiveTask or IntermediateCatchEvent { Trigger.Kind: TriggerKind.Timer or TriggerKind.Message or TriggerKind.Signal };
            if (!fits)
            {
                errors.Add(new(BpmnErrors.BadEventGatewayTarget, gateway.Id, gateway.Line,
                    $"event-based gateway {gateway.Label} leads to {target.Node!.Label} ({target.Tag}); after an event-based gateway put timer, message or signal catch events, or receive tasks, and the work after them"));
            }
            else if (incoming[target.Id].Count() > 1)
            {
                errors.Add(new(BpmnErrors.BadEventGatewayTarget, target.Id, target.Line,
                    $"{target.Node!.Label} follows event-based gateway {gateway.Label} and has other incoming flows; an event raced by a gateway can only be reached from it"));
            }
        }
    }

    private static void CheckLink(IntermediateThrowEvent link, ProcessGraph graph, List<BpmnError> errors)
    {
        var targets = graph.Elements.Count(e => e.Node is IntermediateCatchEvent { Trigger.Kind: TriggerKind.Link } c && c.Trigger.Name == link.Trigger.Name && c.ScopeId == link.ScopeId);
        if (targets == 1)
            return;
        errors.Add(new(BpmnErrors.LinkWithoutTarget, link.Id, link.Line, targets == 0
            ? $"link event {link.Label} jumps to the link '{link.Trigger.Name}', but no catching link event of that name is at the same level; add one, or correct the name"
            : $"link event {link.Label} jumps to the link '{link.Trigger.Name}', which {targets} catching link events at the same level share; give each its own name"));
    }

    /// <summary>
    /// The process starts at none or message start events; an embedded sub-process has exactly
    /// one none start event; an event sub-process exactly one start event with a trigger.
    /// </summary>
    private static void CheckStarts(ProcessGraph graph, List<BpmnError> errors)
    {
        var starts = graph.Elements.Where(e => e.Tag == "startEvent").ToLookup(e => e.ScopeId ?? "");
        if (!starts[""].Any())
        {
            errors.Add(new(BpmnErrors.NoStartEvent, graph.ProcessId, graph.Line,
                $"process '{graph.ProcessId}' has no start event; add a start event where a case begins"));
        }
        foreach (var start in starts[""].Where(s => s.Node is StartEvent { Trigger.Kind: not (TriggerKind.None or TriggerKind.Message) }))
        {
            errors.Add(new(BpmnErrors.NoStartEvent, start.Id, start.Line,
                $"start event {start.Node!.Label} starts the process on a {((StartEvent)start.Node).Trigger}; a case starts with a referral (none) or a message: put this trigger on the start of an event sub-process instead"));
        }
        // A message must say which start it begins a case at, as BPMN requires of a process's message starts.
        foreach (var twins in starts[""].Where(s => s.Node is StartEvent { MessageName: not null }).GroupBy(s => ((StartEvent)s.Node!).MessageName).Where(g => g.Count() > 1))
        {
            var second = twins.Skip(1).First();
            errors.Add(new(BpmnErrors.DuplicateMessageStart, second.Id, second.Line,
                $"start events {string.Join(" and ", twins.Select(t => t.Node!.Label))} both start a case on the message '{twins.Key}'; keep one, or give each its own message"));
        }
        foreach (var sub in graph.Elements.Where(e => e.Node is SubProcess))
        {
            var inside = starts[sub.Id].ToList();
            if (((SubProcess)sub.Node!).TriggeredByEvent)
            {
                if (inside.Count == 1 && inside[0].Node is null or StartEvent { Trigger.Kind: not (TriggerKind.None or TriggerKind.Link or TriggerKind.Terminate) })
                    continue;
                errors.Add(new(BpmnErrors.BadEventSubProcess, sub.Id, sub.Line,
                    $"event sub-process {sub.Node.Label} must have exactly one start event with a message, timer, signal, error or escalation trigger (it has {inside.Count}, or a plain one); keep one and choose what starts it"));
                continue;
            }
            if (inside.Count == 1 && inside[0].Node is null or StartEvent { Trigger.Kind: TriggerKind.None })
                continue;
            errors.Add(new(BpmnErrors.SubProcessStart, sub.Id, sub.Line, inside.Count == 0
                ? $"sub-process {sub.Node.Label} has no start event; add one none start event inside it"
                : $"sub-process {sub.Node.Label} must have exactly one none start event (it has {inside.Count}, or one with a trigger); keep one plain start event inside it"));
        }
    }
}
