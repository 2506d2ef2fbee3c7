using Pathway.Engine.Model;

namespace Pathway.Engine.Bpmn;

/// <summary>
/// Finds nodes no token can reach: tokens enter at top-level start events, a sub-process's
/// start when the sub-process is reached, and a boundary event when its activity is.
/// A node inside an unreachable sub-process, or in a scope with no start event, is not reported again.
/// </summary>
internal static class Reachability
{
    public static void Check(ProcessGraph graph, List<SequenceFlow> flows, List<BpmnError> errors)
    {
        var targets = flows.ToLookup(f => f.SourceId, f => f.TargetId, StringComparer.Ordinal);
        var starts = graph.Elements.Where(e => e.Tag == "startEvent").ToLookup(e => e.ScopeId ?? "", e => e.Id);
        var boundaries = graph.Elements.Where(e => e.Tag == "boundaryEvent" && e.Node is BoundaryTimerEvent)
            .ToLookup(e => ((BoundaryTimerEvent)e.Node!).AttachedToId, e => e.Id);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(starts[""].Reverse());
        while (pending.TryPop(out var id))
        {
            if (!reached.Add(id))
                continue;
            foreach (var next in targets[id].Concat(boundaries[id]).Concat(starts[id]))
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
