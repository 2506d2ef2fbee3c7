using Pathway.Engine.Model;

namespace Pathway.Engine.Bpmn;

/// <summary>
/// An inclusive join waits for every token that can still reach it. Two inclusive joins that
/// can each reach the other would wait on each other for ever; that shape is refused.
/// </summary>
internal static class InclusiveJoins
{
    public static void Check(ProcessGraph graph, List<SequenceFlow> flows, List<BpmnError> errors)
    {
        var joins = graph.Elements.Where(e => e.Node is InclusiveGateway && flows.Count(f => f.TargetId == e.Id) > 1).ToList();
        if (joins.Count < 2)
            return;
        var next = flows.ToLookup(f => f.SourceId, f => f.TargetId, StringComparer.Ordinal);
        var reaches = joins.ToDictionary(j => j.Id, j => Downstream(j.Id, next), StringComparer.Ordinal);
        foreach (var (first, second) in joins.SelectMany((a, i) => joins.Skip(i + 1).Select(b => (a, b))))
        {
            if (!reaches[first.Id].Contains(second.Id) || !reaches[second.Id].Contains(first.Id))
                continue;
            errors.Add(new(BpmnErrors.InclusiveJoinDeadlock, second.Id, second.Line,
                $"inclusive gateways {first.Node!.Label} and {second.Node!.Label} are on one loop, so each would wait for the token waiting at the other; make one of them an exclusive or parallel gateway"));
        }
    }

    private static HashSet<string> Downstream(string from, ILookup<string, string> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(next[from]);
        while (pending.TryPop(out var id))
        {
            if (seen.Add(id))
            {
                foreach (var target in next[id])
                    pending.Push(target);
            }
        }
        return seen;
    }
}
