using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Api;

/// <summary>
/// What the case diagram highlights: where the case waits now, where it has been, the flows it
/// took and where it is stuck. Shaped for the viewer entry's markers.
/// </summary>
public sealed record CaseDiagramState(
    IReadOnlyList<string> ActiveNodeIds, IReadOnlyList<string> CompletedNodeIds, IReadOnlyList<string> TakenFlowIds, IReadOnlyList<string> IncidentNodeIds)
{
    public static CaseDiagramState From(CaseState state, IEnumerable<JournalRecord> journal)
    {
        var incident = state.Incidents.Where(i => i.ResolvedAt is null).Select(i => i.NodeId)
            .Concat(state.Tokens.Where(t => t.Status == TokenStatus.Faulted).Select(t => t.NodeId))
            .ToHashSet(StringComparer.Ordinal);
        var tokensById = state.Tokens.ToDictionary(t => t.Id, StringComparer.Ordinal);
        // A boundary timer's bookmark belongs to the task it is attached to: the case waits at the
        // task, not at the timer, so only timers a token actually sits at (intermediate events) count.
        var active = state.Bookmarks
            .Where(b => b.Kind != BookmarkKind.Timer || (tokensById.TryGetValue(b.TokenId, out var t) && t.NodeId == b.NodeId))
            .Select(b => b.NodeId)
            .Concat(state.Tokens.Where(t => t.Status == TokenStatus.Waiting).Select(t => t.NodeId))
            .Where(id => !incident.Contains(id))
            .ToHashSet(StringComparer.Ordinal);
        var completed = new HashSet<string>(StringComparer.Ordinal);
        var flows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in journal)
        {
            if (line.Kind == JournalKinds.NodeEntered && line.NodeId is { } node)
                completed.Add(node);
            // A node entered names the flow it was reached by; cases journalled before that, and a
            // token withdrawn before it entered its node, have a flow.taken line of its own.
            if (line.Kind is JournalKinds.NodeEntered or JournalKinds.FlowTaken && line.DataJson is { } data
                && CaseStateJson.DeserializeData(data).TryGetValue("flow", out var flow) && flow is string flowId)
                flows.Add(flowId);
        }
        completed.ExceptWith(active);
        completed.ExceptWith(incident);
        return new CaseDiagramState([.. active], [.. completed], [.. flows], [.. incident]);
    }
}
