using Pathway.Engine.Model;

namespace Pathway.Engine.Runtime;

/// <summary>Gateways: exclusive, parallel, inclusive and event-based.</summary>
internal sealed partial class Run
{
    private void Choose(Token token, ExclusiveGateway gateway)
    {
        foreach (var flowId in gateway.Outgoing)
        {
            var flow = model.Flow(flowId);
            if (flow.Id == gateway.DefaultFlowId || flow.Condition is null)
                continue;
            if (Holds(token, flow) is not { } holds)
                return;
            if (holds)
            {
                Take(token, flow, new Dictionary<string, object?> { ["condition"] = flow.Condition });
                return;
            }
        }
        if (gateway.DefaultFlowId is { } defaultFlow)
        {
            Take(token, model.Flow(defaultFlow), new Dictionary<string, object?> { ["default"] = true });
            return;
        }
        // An unconditional flow that is not marked default still counts as the way out.
        if (gateway.Outgoing.Select(model.Flow).FirstOrDefault(f => f.Condition is null) is { } plain)
        {
            Take(token, plain, null);
            return;
        }
        NoWayOut(token, gateway);
    }

    private void Parallel(Token token, ParallelGateway gateway)
    {
        if (gateway.Incoming.Count > 1)
        {
            Replace(token, token with { Status = TokenStatus.Waiting });
            var waiting = WaitingAt(gateway, token.ScopeId);
            var arrivals = gateway.Incoming.Select(flow => waiting.Find(t => t.ArrivedVia == flow)).ToList();
            if (arrivals.Exists(t => t is null))
                return;
            token = Join(gateway, token.ScopeId, arrivals!);
        }
        Leave(token, gateway);
    }

    /// <summary>
    /// Inclusive split: every flow whose condition holds, else the default. Inclusive join: the
    /// token waits until no other token of its scope can still reach the gateway
    /// (<see cref="ReleaseInclusiveJoins"/> looks again whenever the case settles).
    /// </summary>
    private void Inclusive(Token token, InclusiveGateway gateway)
    {
        if (gateway.Incoming.Count > 1)
        {
            Replace(token, token with { Status = TokenStatus.Waiting });
            if (!CanFire(gateway, token.ScopeId))
                return;
            token = Join(gateway, token.ScopeId, WaitingAt(gateway, token.ScopeId));
        }
        Split(token, gateway);
    }

    private void Split(Token token, InclusiveGateway gateway)
    {
        var flows = new List<SequenceFlow>();
        foreach (var flow in gateway.Outgoing.Select(model.Flow))
        {
            if (flow.Id == gateway.DefaultFlowId)
                continue;
            if (flow.Condition is not null)
            {
                if (Holds(token, flow) is not { } holds)
                    return;
                if (!holds)
                    continue;
            }
            flows.Add(flow);
        }
        if (flows.Count == 0 && gateway.DefaultFlowId is { } defaultFlow)
            flows.Add(model.Flow(defaultFlow));
        if (flows.Count == 0)
        {
            NoWayOut(token, gateway);
            return;
        }
        TakeAll(token, flows);
    }

    /// <summary>Fires every waiting inclusive join that no token can still reach; true when one fired.</summary>
    private bool ReleaseInclusiveJoins()
    {
        var released = false;
        foreach (var waiting in state.Tokens.Where(t => t.Status == TokenStatus.Waiting && model.Nodes[t.NodeId] is InclusiveGateway { Incoming.Count: > 1 }).ToList())
        {
            if (!state.Tokens.Contains(waiting))
                continue; // joined by an earlier release in this pass
            var gateway = (InclusiveGateway)model.Node(waiting.NodeId);
            if (!CanFire(gateway, waiting.ScopeId))
                continue;
            Split(Join(gateway, waiting.ScopeId, WaitingAt(gateway, waiting.ScopeId)), gateway);
            released = true;
        }
        return released;
    }

    private bool CanFire(InclusiveGateway gateway, string? scopeId) =>
        !state.Tokens.Exists(t => t.ScopeId == scopeId && t.NodeId != gateway.Id && model.CanReach(t.NodeId, gateway.Id));

    private List<Token> WaitingAt(Node gateway, string? scopeId) =>
        state.Tokens.Where(t => t.NodeId == gateway.Id && t.ScopeId == scopeId && t.Status == TokenStatus.Waiting).ToList();

    /// <summary>The arrived tokens become one, which carries on from the gateway.</summary>
    private Token Join(Node gateway, string? scopeId, IEnumerable<Token> arrivals)
    {
        foreach (var arrived in arrivals)
            state.Tokens.Remove(arrived);
        var joined = new Token(state.NextId('t'), gateway.Id, scopeId, TokenStatus.Ready);
        state.Tokens.Add(joined);
        return joined;
    }

    /// <summary>An event-based gateway waits on every catch event after it; the first to happen wins (see <see cref="WinRace"/>).</summary>
    private void Race(Token token, EventBasedGateway gateway)
    {
        var waits = new List<Bookmark>();
        foreach (var target in gateway.Outgoing.Select(f => model.Node(model.Flow(f).TargetId)))
        {
            var bookmark = target switch
            {
                IntermediateCatchEvent e => TriggerBookmark(token, e.Id, e.Trigger),
                ReceiveTask r => new Bookmark(state.NextId('b'), BookmarkKind.Message, r.Id, token.Id, Key: r.MessageName),
                _ => throw new InvalidOperationException($"{target.Label} cannot follow an event-based gateway (the reader refuses it)"),
            };
            if (bookmark is null)
                return; // a duration could not be read: the incident is on the token
            waits.Add(bookmark);
        }
        Replace(token, token with { Status = TokenStatus.Waiting });
        Arm(waits);
    }

    /// <summary>One of an event-based gateway's events happened: the others are withdrawn and the token carries on past the winner.</summary>
    private void WinRace(Token token, Bookmark winner)
    {
        foreach (var other in state.Bookmarks.Where(b => b.TokenId == token.Id).ToList())
            RemoveBookmark(other, cancelled: true, $"{model.Node(winner.NodeId).Label} happened first");
        var flow = model.Node(token.NodeId).Outgoing.Select(model.Flow).First(f => f.TargetId == winner.NodeId);
        Journal(JournalKinds.GatewayRaceWon, token.NodeId, new Dictionary<string, object?> { ["winner"] = winner.NodeId, ["flow"] = flow.Id });
        var moved = TokenById(token.Id) with { NodeId = winner.NodeId, ArrivedVia = flow.Id };
        Replace(TokenById(token.Id), moved);
        Leave(moved, model.Node(winner.NodeId));
    }

    private void NoWayOut(Token token, Node gateway) =>
        RaiseIncident(token, EngineErrors.NoConditionHolds,
            $"no outgoing condition of gateway {gateway.Label} holds and it has no default flow; add a default flow or fix the case variables");
}
