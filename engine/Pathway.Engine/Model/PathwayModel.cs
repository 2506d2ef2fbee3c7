using System.Collections.Frozen;

namespace Pathway.Engine.Model;

/// <summary>
/// An executable pathway: one BPMN process, read and validated. Immutable, so one instance
/// serves every case on that pathway version concurrently.
/// </summary>
public sealed class PathwayModel
{
    public PathwayModel(string processId, string? name, IEnumerable<Node> nodes, IEnumerable<SequenceFlow> flows)
    {
        ProcessId = processId;
        Name = name;
        Nodes = nodes.ToFrozenDictionary(n => n.Id, StringComparer.Ordinal);
        Flows = flows.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        BoundaryEvents = Nodes.Values.OfType<BoundaryTimerEvent>()
            .GroupBy(b => b.AttachedToId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<BoundaryTimerEvent>)g.ToArray(), StringComparer.Ordinal);
        StartEvents = Nodes.Values.OfType<StartEvent>().Where(s => s.ScopeId is null).ToArray();
    }

    public string ProcessId { get; }
    public string? Name { get; }
    public FrozenDictionary<string, Node> Nodes { get; }
    public FrozenDictionary<string, SequenceFlow> Flows { get; }

    /// <summary>Top-level start events (sub-process starts have a scope).</summary>
    public IReadOnlyList<StartEvent> StartEvents { get; }

    public Node Node(string id) => Nodes[id];

    public SequenceFlow Flow(string id) => Flows[id];

    /// <summary>Timer boundary events attached to an activity, in document order.</summary>
    public IReadOnlyList<BoundaryTimerEvent> BoundaryEventsOf(string activityId) =>
        BoundaryEvents.TryGetValue(activityId, out var events) ? events : [];

    private FrozenDictionary<string, IReadOnlyList<BoundaryTimerEvent>> BoundaryEvents { get; }

    /// <summary>The none start event of an embedded sub-process.</summary>
    public StartEvent StartOf(SubProcess subProcess) =>
        Nodes.Values.OfType<StartEvent>().Single(s => s.ScopeId == subProcess.Id);
}
