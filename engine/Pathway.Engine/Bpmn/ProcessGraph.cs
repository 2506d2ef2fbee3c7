using Pathway.Engine.Model;

namespace Pathway.Engine.Bpmn;

/// <summary>
/// A process as read, before structural checks: every element with an id (refused ones too,
/// so flows to them are not reported as dangling as well) and every sequence flow, in
/// document order.
/// </summary>
internal sealed class ProcessGraph(string processId, string? name, int line)
{
    public string ProcessId { get; } = processId;
    public string? Name { get; } = name;
    public int Line { get; } = line;
    public List<GraphElement> Elements { get; } = [];
    public List<SequenceFlow> Flows { get; } = [];

    public PathwayModel ToModel()
    {
        var incoming = Flows.ToLookup(f => f.TargetId, f => f.Id, StringComparer.Ordinal);
        var outgoing = Flows.ToLookup(f => f.SourceId, f => f.Id, StringComparer.Ordinal);
        var nodes = Elements.Select(e => e.Node!).Select(n => n with { Incoming = [.. incoming[n.Id]], Outgoing = [.. outgoing[n.Id]] });
        return new PathwayModel(ProcessId, Name, nodes, Flows);
    }
}

/// <summary>An element of the process; <see cref="Node"/> is null when it was refused or invalid.</summary>
internal sealed record GraphElement(string Id, string Tag, string? ScopeId, int Line, Node? Node, bool IsActivity);
