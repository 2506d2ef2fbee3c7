using Pathway.Engine.Model;

namespace Pathway.Engine.Bpmn;

/// <summary>
/// Finds nodes no token can reach: tokens enter at top-level start events, a sub-process's
/// start when the sub-process is reached, an event sub-process when its scope is, a boundary
/// event when its activity is, and a catching link when its throwing link is. A node inside
/// an unreachable sub-process, or in a scope with no start event, is not reported again.
/// </summary>
internal static class Reachability
{
    public static void Check(ProcessGraph graph, List<SequenceFlow> flows, List<BpmnError> errors)
    {
        var targets = flows.ToLookup(f => f.SourceId, f => f.TargetId, StringComparer.Ordinal);
        var starts = graph.Elements.Where(e => e.Tag == "startEvent").ToLookup(e => e.ScopeId ?? "", e => e.Id);
        var eventSubs = graph.Elements.Where(e => e.Node is SubProcess { TriggeredByEvent: true }).ToLookup(e => e.ScopeId ?? "", e => e.Id);
        var boundaries = graph.Elements.Where(e => e.Node is BoundaryEvent).ToLookup(e => ((BoundaryEvent)e.Node!).AttachedToId, e => e.Id);
        var links = graph.Elements.Where(e => e.Node is IntermediateThrowEvent { Trigger.Kind: TriggerKind.Link }).ToDictionary(
            e => e.Id,
            e => graph.Elements.Where(c => c.Node is IntermediateCatchEvent { Trigger.Kind: TriggerKind.Link } l && l.Trigger.Name == ((IntermediateThrowEvent)e.Node!).Trigger.Name && c.ScopeId == e.ScopeId).Select(c => c.Id).ToList(),
            StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(starts[""].Concat(eventSubs[""]).Reverse());
        while (pending.TryPop(out var id))
        {
            if (!reached.Add(id))
                continue;
            foreach (var next in targets[id].Concat(boundaries[id]).Concat(starts[id]).Concat(eventSubs[id]).Concat(links.GetValueOrDefault(id) ?? []))
                pending.Push(next);
        }
        foreach (var element in graph.Elements)
        {
            // A refused element, or a scope with no start event, has its own error already.
            if (reached.Contains(element.Id) || element.Tag == "startEvent" || element.Node is null
                || (element.ScopeId is { } scope && !reached.Contains(scope)) || !starts[element.ScopeId ?? ""].Any())
                continue;
            errors.Add(new(BpmnErrors.Unreachable, element.Id, element.Line,
                $"{element.Node?.Label ?? element.Id} ({element.Tag}) cannot be reached from a start event; connect a flow into it or delete it"));
        }
    }
}
