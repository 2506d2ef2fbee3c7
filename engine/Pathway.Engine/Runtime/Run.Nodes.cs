using System.Globalization;
using Pathway.Engine.Expressions;
using Pathway.Engine.Model;
using Pathway.Engine.Time;

namespace Pathway.Engine.Runtime;

/// <summary>BPMN token semantics, one method per kind of node.</summary>
internal sealed partial class Run
{
    private void Execute(Token token, Node node)
    {
        Journal(JournalKinds.NodeEntered, node.Id, new Dictionary<string, object?> { ["kind"] = node.Kind, ["token"] = token.Id });
        switch (node)
        {
            case StartEvent or ManualTask or BoundaryTimerEvent:
                Leave(token, node);
                break;
            case EndEvent end:
                End(token, end);
                break;
            case UserTask task:
                OfferTask(token, task);
                break;
            case BusinessRuleTask rules:
                Wait(token, node, new Bookmark(state.NextId('b'), BookmarkKind.RuleSet, node.Id, token.Id, Key: rules.RuleSet));
                break;
            case ServiceTask service:
                Wait(token, node, new Bookmark(state.NextId('b'), BookmarkKind.Service, node.Id, token.Id, Key: service.Service));
                break;
            case ExclusiveGateway gateway:
                Choose(token, gateway);
                break;
            case ParallelGateway gateway:
                Parallel(token, gateway);
                break;
            case IntermediateTimerEvent timer:
                if (DueAt(token, timer.Duration) is { } due)
                    Wait(token, node, new Bookmark(state.NextId('b'), BookmarkKind.Timer, node.Id, token.Id, DueAt: due));
                break;
            case IntermediateMessageEvent message:
                Wait(token, node, new Bookmark(state.NextId('b'), BookmarkKind.Message, node.Id, token.Id, Key: message.MessageName));
                break;
            case SubProcess sub:
                EnterSubProcess(token, sub);
                break;
            default:
                throw new InvalidOperationException($"no semantics for {node.Kind} '{node.Id}'");
        }
    }

    private void OfferTask(Token token, UserTask task)
    {
        if (Resolve(token, task.Role, "role") is not { } role)
            return;
        DateTimeOffset? due = null;
        if (task.Due is not null)
        {
            if (DueAt(token, task.Due) is not { } at)
                return;
            due = at;
        }
        var bookmark = Wait(token, task, new Bookmark(state.NextId('b'), BookmarkKind.Task, task.Id, token.Id, Key: task.Form, DueAt: due, Role: role, Form: task.Form));
        if (bookmark is not null)
            Journal(JournalKinds.TaskOffered, task.Id, new Dictionary<string, object?> { ["bookmark"] = bookmark.Id, ["role"] = role, ["dueAt"] = due });
    }

    /// <summary>Parks the token on a bookmark, and arms the activity's boundary timers.</summary>
    private Bookmark? Wait(Token token, Node node, Bookmark bookmark)
    {
        if (BoundaryTimers(token, node) is not { } timers)
            return null;
        Replace(token, token with { Status = TokenStatus.Waiting });
        var added = AddBookmark(bookmark);
        if (bookmark.Kind == BookmarkKind.Timer)
            Journal(JournalKinds.TimerScheduled, node.Id, new Dictionary<string, object?> { ["bookmark"] = added.Id, ["dueAt"] = bookmark.DueAt });
        else if (bookmark.Kind == BookmarkKind.Message)
            Journal(JournalKinds.MessageAwaited, node.Id, new Dictionary<string, object?> { ["bookmark"] = added.Id, ["message"] = bookmark.Key });
        else if (bookmark.Kind is BookmarkKind.RuleSet or BookmarkKind.Service)
            Journal(JournalKinds.ActivityRequested, node.Id, new Dictionary<string, object?> { ["bookmark"] = added.Id, ["kind"] = bookmark.Kind.ToString(), ["name"] = bookmark.Key });
        ArmTimers(timers);
        return added;
    }

    /// <summary>The timers on an activity's boundary, due from now; null (with an incident) when a duration cannot be read.</summary>
    private List<Bookmark>? BoundaryTimers(Token token, Node activity)
    {
        var timers = new List<Bookmark>();
        foreach (var boundary in model.BoundaryEventsOf(activity.Id))
        {
            if (DueAt(token, boundary.Duration) is not { } due)
                return null;
            timers.Add(new Bookmark(state.NextId('b'), BookmarkKind.Timer, boundary.Id, token.Id, DueAt: due));
        }
        return timers;
    }

    private void ArmTimers(List<Bookmark> timers)
    {
        foreach (var timer in timers)
        {
            AddBookmark(timer);
            Journal(JournalKinds.TimerScheduled, timer.NodeId, new Dictionary<string, object?> { ["bookmark"] = timer.Id, ["dueAt"] = timer.DueAt });
        }
    }

    private void EnterSubProcess(Token token, SubProcess sub)
    {
        if (BoundaryTimers(token, sub) is not { } timers)
            return;
        Replace(token, token with { Status = TokenStatus.Waiting });
        ArmTimers(timers);
        Spawn(model.StartOf(sub).Id, scopeId: token.Id, arrivedVia: null);
    }

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
        RaiseIncident(token, EngineErrors.NoConditionHolds,
            $"no outgoing condition of gateway {gateway.Label} holds and it has no default flow; add a default flow or fix the case variables");
    }

    private void Parallel(Token token, ParallelGateway gateway)
    {
        if (gateway.Incoming.Count > 1)
        {
            Replace(token, token with { Status = TokenStatus.Waiting });
            var waiting = state.Tokens.Where(t => t.NodeId == gateway.Id && t.ScopeId == token.ScopeId && t.Status == TokenStatus.Waiting).ToList();
            var arrivals = gateway.Incoming.Select(flow => waiting.Find(t => t.ArrivedVia == flow)).ToList();
            if (arrivals.Exists(t => t is null))
                return;
            foreach (var arrived in arrivals)
                state.Tokens.Remove(arrived!);
            token = new Token(state.NextId('t'), gateway.Id, token.ScopeId, TokenStatus.Ready);
            state.Tokens.Add(token);
        }
        Leave(token, gateway);
    }

    /// <summary>The token leaves its node by every outgoing flow whose condition holds (none: an implicit end).</summary>
    private void Leave(Token token, Node node)
    {
        if (node is ExclusiveGateway)
            throw new InvalidOperationException("exclusive gateways choose their flow in Choose");
        var flows = new List<SequenceFlow>();
        foreach (var flow in node.Outgoing.Select(model.Flow))
        {
            if (flow.Condition is not null)
            {
                if (Holds(token, flow) is not { } holds)
                    return;
                if (!holds)
                    continue;
            }
            flows.Add(flow);
        }
        if (flows.Count == 0)
        {
            Consume(token);
            return;
        }
        Take(token, flows[0], null);
        foreach (var flow in flows.Skip(1))
        {
            Spawn(flow.TargetId, token.ScopeId, flow.Id);
            Journal(JournalKinds.FlowTaken, flow.SourceId, new Dictionary<string, object?> { ["flow"] = flow.Id, ["to"] = flow.TargetId });
        }
    }

    /// <summary>Whether the flow's condition holds; null (with an incident on the token) when it cannot be evaluated.</summary>
    private bool? Holds(Token token, SequenceFlow flow)
    {
        try
        {
            return ConditionEvaluator.Shared.Evaluate(flow.Condition!, state.Variables);
        }
        catch (ExpressionException ex)
        {
            RaiseIncident(token, EngineErrors.ConditionFailed, $"the condition on flow '{flow.Id}' ({ex.Expression}) could not be evaluated: {ex.Reason}");
            return null;
        }
    }

    private void Take(Token token, SequenceFlow flow, Dictionary<string, object?>? data)
    {
        var journal = data ?? [];
        journal["flow"] = flow.Id;
        journal["to"] = flow.TargetId;
        Journal(JournalKinds.FlowTaken, flow.SourceId, journal);
        var current = state.Tokens.Find(t => t.Id == token.Id)!;
        Replace(current, current with { NodeId = flow.TargetId, Status = TokenStatus.Ready, ArrivedVia = flow.Id });
        _ready.Enqueue(token.Id);
    }

    private void End(Token token, EndEvent end)
    {
        if (end.Terminate)
        {
            foreach (var other in state.Tokens.Where(t => t.ScopeId == token.ScopeId && t.Id != token.Id).ToList())
            {
                CancelActivity(other, $"terminated by {end.Label}");
                state.Tokens.Remove(other);
            }
        }
        Consume(token);
    }

    /// <summary>Removes a token; when it was the last of a sub-process, the sub-process completes.</summary>
    private void Consume(Token token)
    {
        state.Tokens.RemoveAll(t => t.Id == token.Id);
        if (token.ScopeId is not { } scopeId || state.Tokens.Exists(t => t.ScopeId == scopeId))
            return;
        var parent = TokenById(scopeId);
        CancelBoundaryTimers(parent);
        Leave(parent, model.Node(parent.NodeId));
    }

    /// <summary>Withdraws whatever a token is doing: its bookmarks and, for a sub-process, every token inside.</summary>
    private void CancelActivity(Token token, string reason)
    {
        foreach (var child in state.Tokens.Where(t => t.ScopeId == token.Id).ToList())
        {
            CancelActivity(child, reason);
            state.Tokens.Remove(child);
        }
        foreach (var bookmark in state.Bookmarks.Where(b => b.TokenId == token.Id).ToList())
            RemoveBookmark(bookmark, cancelled: true, reason);
        foreach (var incident in state.Incidents.Where(i => i.TokenId == token.Id && i.ResolvedAt is null).ToList())
        {
            var resolved = incident with { ResolvedAt = now };
            state.Incidents[state.Incidents.IndexOf(incident)] = resolved;
            _effects.Add(new IncidentResolved(resolved));
        }
    }

    private void CancelBoundaryTimers(Token token)
    {
        foreach (var timer in state.Bookmarks.Where(b => b.TokenId == token.Id && b.Kind == BookmarkKind.Timer && model.Node(b.NodeId) is BoundaryTimerEvent).ToList())
            RemoveBookmark(timer, cancelled: true, "the activity finished first");
    }

    private DateTimeOffset? DueAt(Token token, DurationExpression duration)
    {
        if (duration.Literal is { } literal)
            return literal.AddTo(now, options.TimeZone);
        var value = state.Variables.GetValueOrDefault(duration.Variable!);
        IsoDuration parsed = default;
        var ok = value switch
        {
            string text => IsoDuration.TryParse(text, out parsed),
            TimeSpan span => (parsed = IsoDuration.FromTimeSpan(span)) != default,
            _ => false,
        };
        if (ok)
            return parsed.AddTo(now, options.TimeZone);
        RaiseIncident(token, EngineErrors.VariableMissing, value is null
            ? $"the timer duration names the case variable '{duration.Variable}', which is not set; the rule set that decides it should output it"
            : $"the case variable '{duration.Variable}' holds '{Convert.ToString(value, CultureInfo.InvariantCulture)}', which is not an ISO 8601 duration such as PT2H");
        return null;
    }

    private string? Resolve(Token token, ValueExpression expression, string what)
    {
        if (expression.Literal is { } literal)
            return literal;
        if (state.Variables.GetValueOrDefault(expression.Variable!) is string { Length: > 0 } value)
            return value;
        RaiseIncident(token, EngineErrors.VariableMissing,
            $"the {what} names the case variable '{expression.Variable}', which is not set; the rule set that decides it should output it");
        return null;
    }
}
