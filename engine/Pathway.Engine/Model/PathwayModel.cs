using System.Collections.Frozen;

namespace Pathway.Engine.Model;

/// <summary>
/// An executable pathway: one BPMN process, read and validated. Immutable, so one instance
/// serves every case on that pathway version concurrently. The look-ups the interpreter
/// needs on every step (boundary events, event sub-processes, what can reach an inclusive
/// join) are worked out once here.
/// </summary>
public sealed class PathwayModel
{
    public PathwayModel(string processId, string? name, IEnumerable<Node> nodes, IEnumerable<SequenceFlow> flows)
    {
        ProcessId = processId;
        Name = name;
        Nodes = nodes.ToFrozenDictionary(n => n.Id, StringComparer.Ordinal);
        Flows = flows.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        BoundaryEvents = Nodes.Values.OfType<BoundaryEvent>()
            .GroupBy(b => b.AttachedToId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<BoundaryEvent>)g.ToArray(), StringComparer.Ordinal);
        StartEvents = Nodes.Values.OfType<StartEvent>().Where(s => s.ScopeId is null).ToArray();
        EventSubProcesses = Nodes.Values.OfType<SubProcess>().Where(s => s.TriggeredByEvent)
            .GroupBy(s => s.ScopeId ?? "", StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<SubProcess>)g.ToArray(), StringComparer.Ordinal);
        Starts = Nodes.Values.OfType<StartEvent>().Where(s => s.ScopeId is not null)
            .ToFrozenDictionary(s => s.ScopeId!, StringComparer.Ordinal);
        Upstream = Nodes.Values.OfType<InclusiveGateway>().Where(g => g.Incoming.Count > 1)
            .ToFrozenDictionary(g => g.Id, g => (IReadOnlySet<string>)NodesReaching(g).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public string ProcessId { get; }
    public string? Name { get; }
    public FrozenDictionary<string, Node> Nodes { get; }
    public FrozenDictionary<string, SequenceFlow> Flows { get; }

    /// <summary>Top-level start events (sub-process starts have a scope).</summary>
    public IReadOnlyList<StartEvent> StartEvents { get; }

    public Node Node(string id) => Nodes[id];

    public SequenceFlow Flow(string id) => Flows[id];

    /// <summary>Boundary events attached to an activity, in document order.</summary>
    public IReadOnlyList<BoundaryEvent> BoundaryEventsOf(string activityId) =>
        BoundaryEvents.TryGetValue(activityId, out var events) ? events : [];

    /// <summary>The event sub-processes of a scope: a sub-process id, or null for the process itself.</summary>
    public IReadOnlyList<SubProcess> EventSubProcessesOf(string? scopeNodeId) =>
        EventSubProcesses.TryGetValue(scopeNodeId ?? "", out var subs) ? subs : [];

    /// <summary>The start event of a sub-process: the none start of an embedded one, the triggered start of an event sub-process.</summary>
    public StartEvent StartOf(SubProcess subProcess) => Starts[subProcess.Id];

    /// <summary>Whether a token at <paramref name="nodeId"/> could still reach the inclusive join <paramref name="joinId"/>.</summary>
    public bool CanReach(string nodeId, string joinId) => Upstream.TryGetValue(joinId, out var nodes) && nodes.Contains(nodeId);

    /// <summary>The catch event a link throw jumps to: the one in the same scope with the same link name.</summary>
    public IntermediateCatchEvent? LinkTarget(IntermediateThrowEvent link) =>
        Nodes.Values.OfType<IntermediateCatchEvent>()
            .FirstOrDefault(c => c.Trigger.Kind == TriggerKind.Link && c.Trigger.Name == link.Trigger.Name && c.ScopeId == link.ScopeId);

    private FrozenDictionary<string, IReadOnlyList<BoundaryEvent>> BoundaryEvents { get; }
    private FrozenDictionary<string, IReadOnlyList<SubProcess>> EventSubProcesses { get; }
    private FrozenDictionary<string, StartEvent> Starts { get; }
    private FrozenDictionary<string, IReadOnlySet<string>> Upstream { get; }

    /// <summary>Every node of the join's scope from which a token can still arrive at it: backwards over flows, boundary events and links, not through the join.</summary>
    private HashSet<string> NodesReaching(InclusiveGateway join)
    {
        var reaching = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([join.Id]);
        while (pending.TryPop(out var id))
        {
            var node = Nodes[id];
            var sources = node.Incoming.Select(f => Flows[f].SourceId);
            if (node is BoundaryEvent boundary)
                sources = sources.Append(boundary.AttachedToId);
            if (node is IntermediateCatchEvent { Trigger.Kind: TriggerKind.Link } catcher)
            {
                sources = sources.Concat(Nodes.Values.OfType<IntermediateThrowEvent>()
                    .Where(t => t.Trigger.Kind == TriggerKind.Link && t.Trigger.Name == catcher.Trigger.Name && t.ScopeId == catcher.ScopeId)
                    .Select(t => t.Id));
            }
            foreach (var source in sources)
            {
                if (source != join.Id && reaching.Add(source))
                    pending.Push(source);
            }
        }
        return reaching;
    }
}
