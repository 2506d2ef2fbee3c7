using System.Globalization;
using Pathway.Engine.Expressions;
using Pathway.Engine.Model;
using Pathway.Engine.Time;

namespace Pathway.Engine.Runtime;

/// <summary>BPMN token semantics, one method per kind of node: activities and flow here.</summary>
internal sealed partial class Run
{
    private void Execute(Token token, Node node)
    {
        var entered = new Dictionary<string, object?> { ["kind"] = node.Kind, ["token"] = token.Id };
        if (_arrivals.Remove(token.Id, out var arrival))
        {
            entered["flow"] = arrival.Flow.Id;
            foreach (var (key, value) in arrival.Why ?? [])
                entered[key] = value;
        }
        Journal(JournalKinds.NodeEntered, node.Id, entered);
        if (node.Loop is { } loop && token.Instance is null)
        {
            StartInstances(token, node, loop);
            return;
        }
        switch (node)
        {
            case StartEvent or ManualTask or PlainTask or BoundaryEvent:
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
            case ReceiveTask receive:
                Wait(token, node, new Bookmark(state.NextId('b'), BookmarkKind.Message, node.Id, token.Id, Key: receive.MessageName));
                break;
            case SendTask send:
                Send(token, send);
                break;
            case CallActivity call:
                Call(token, call);
                break;
            case ExclusiveGateway gateway:
                Choose(token, gateway);
                break;
            case ParallelGateway gateway:
                Parallel(token, gateway);
                break;
            case InclusiveGateway gateway:
                Inclusive(token, gateway);
                break;
            case EventBasedGateway gateway:
                Race(token, gateway);
                break;
            case IntermediateCatchEvent catcher:
                Catch(token, catcher);
                break;
            case IntermediateThrowEvent thrower:
                ThrowIntermediate(token, thrower);
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
        var offer = new Bookmark(state.NextId('b'), BookmarkKind.Task, task.Id, token.Id, Key: task.Form, DueAt: due, Role: role, Form: task.Form)
        {
            Title = ResolveOptional(token, task.Title),
            Assignee = ResolveOptional(token, task.Assignee),
        };
        var bookmark = Wait(token, task, offer);
        if (bookmark is null)
            return;
        var data = new Dictionary<string, object?> { ["bookmark"] = bookmark.Id, ["role"] = role, ["dueAt"] = due };
        if (offer.Title is not null)
            data["title"] = offer.Title;
        if (offer.Assignee is not null)
            data["assignee"] = offer.Assignee;
        Journal(JournalKinds.TaskOffered, task.Id, data);
    }

    /// <summary>Parks the token on a bookmark, and arms the activity's boundary events.</summary>
    private Bookmark? Wait(Token token, Node node, Bookmark bookmark)
    {
        if (BoundaryBookmarks(token, node) is not { } boundaries)
            return null;
        Replace(token, token with { Status = TokenStatus.Waiting });
        var added = Arm(bookmark);
        Arm(boundaries);
        return added;
    }

    /// <summary>A send task hands its message to the runtime's outbox, with an id unique in the case, and moves on.</summary>
    private void Send(Token token, SendTask send)
    {
        Announce(token, send, new Trigger(TriggerKind.Message, send.MessageName));
        Leave(token, send);
    }

    /// <summary>A call activity waits for the runtime to run the called pathway as a child case, with the mapped inputs.</summary>
    private void Call(Token token, CallActivity call)
    {
        var variables = VariablesFor(token);
        var inputs = call.Inputs.ToDictionary(m => m.Target, m => variables.GetValueOrDefault(m.Source), StringComparer.Ordinal);
        var bookmark = Wait(token, call, new Bookmark(state.NextId('b'), BookmarkKind.Call, call.Id, token.Id, Key: call.CalledKey));
        if (bookmark is not null)
        {
            Journal(JournalKinds.CallRequested, call.Id, new Dictionary<string, object?>
            {
                ["bookmark"] = bookmark.Id, ["pathway"] = call.CalledKey, ["version"] = call.PinnedVersion, ["inputs"] = inputs,
            });
        }
    }

    private void EnterSubProcess(Token token, SubProcess sub)
    {
        if (BoundaryBookmarks(token, sub) is not { } boundaries)
            return;
        Replace(token, token with { Status = TokenStatus.Waiting });
        Arm(boundaries);
        ArmEventSubProcesses(TokenById(token.Id));
        Spawn(model.StartOf(sub).Id, scopeId: token.Id, arrivedVia: null);
    }

    /// <summary>The token leaves its node by every outgoing flow whose condition holds (none: an implicit end).</summary>
    private void Leave(Token token, Node node)
    {
        if (token.Instance is not null && token.NodeId == node.Id && node.Loop is not null)
        {
            CompleteInstance(token, node, node.Loop);
            return;
        }
        if (FlowsThatHold(token, node) is not { } flows)
            return;
        TakeAll(token, flows);
    }

    /// <summary>
    /// The outgoing flows whose condition holds (an unconditional flow always does), leaving out
    /// <paramref name="except"/>; null (with an incident on the token) when a condition cannot be evaluated.
    /// </summary>
    private List<SequenceFlow>? FlowsThatHold(Token token, Node node, string? except = null)
    {
        var flows = new List<SequenceFlow>();
        foreach (var flow in node.Outgoing.Select(model.Flow))
        {
            if (flow.Id == except)
                continue;
            if (flow.Condition is not null)
            {
                if (Holds(token, flow) is not { } holds)
                    return null;
                if (!holds)
                    continue;
            }
            flows.Add(flow);
        }
        return flows;
    }

    /// <summary>The token follows the first flow and new tokens the others; no flow at all is an implicit end.</summary>
    private void TakeAll(Token token, List<SequenceFlow> flows)
    {
        if (flows.Count == 0)
        {
            Consume(token);
            return;
        }
        Take(token, flows[0], null);
        foreach (var flow in flows.Skip(1))
            Arrive(Spawn(flow.TargetId, token.ScopeId, flow.Id), flow, null);
    }

    /// <summary>Whether the flow's condition holds; null (with an incident on the token) when it cannot be evaluated.</summary>
    private bool? Holds(Token token, SequenceFlow flow) => Evaluate(token, flow.Condition!, $"the condition on flow '{flow.Id}'");

    /// <summary>A condition over the variables the token sees; null (with an incident on the token) when it cannot be evaluated.</summary>
    private bool? Evaluate(Token token, string condition, string what, IReadOnlyDictionary<string, object?>? variables = null)
    {
        try
        {
            return ConditionEvaluator.Shared.Evaluate(condition, variables ?? VariablesFor(token));
        }
        catch (ExpressionException ex)
        {
            RaiseIncident(token, EngineErrors.ConditionFailed, $"{what} ({ex.Expression}) could not be evaluated: {ex.Reason}");
            return null;
        }
    }

    private void Take(Token token, SequenceFlow flow, Dictionary<string, object?>? data)
    {
        var current = state.Tokens.Find(t => t.Id == token.Id)!;
        Replace(current, current with { NodeId = flow.TargetId, Status = TokenStatus.Ready, ArrivedVia = flow.Id });
        _ready.Enqueue(token.Id);
        Arrive(current, flow, data);
    }

    /// <summary>Notes the flow a token took, for the line its next node writes (see <see cref="_arrivals"/>).</summary>
    private void Arrive(Token token, SequenceFlow flow, Dictionary<string, object?>? why) => _arrivals[token.Id] = (flow, why);

    /// <summary>Removes a token; when it was the last of a sub-process, the sub-process completes.</summary>
    private void Consume(Token token)
    {
        state.Tokens.RemoveAll(t => t.Id == token.Id);
        if (token.ScopeId is not { } scopeId || state.Tokens.Exists(t => t.ScopeId == scopeId))
            return;
        var parent = TokenById(scopeId);
        CancelBoundaryEvents(parent);
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

    /// <summary>When a duration from now ends; null (with an incident on the token) when it names a variable that holds none.</summary>
    private DateTimeOffset? DueAt(Token? token, DurationExpression duration)
    {
        if (duration.Literal is { } literal)
            return literal.AddTo(now, options.TimeZone);
        var value = VariablePath.Read(token is null ? state.Variables : VariablesFor(token), duration.Variable!);
        // A variable may hold a moment instead of a duration (an MDT action due when the MDT said).
        if (Moment(value) is { } moment)
            return moment;
        IsoDuration parsed = default;
        var ok = value switch
        {
            string text => IsoDuration.TryParse(text, out parsed),
            TimeSpan span => (parsed = IsoDuration.FromTimeSpan(span)) != default,
            _ => false,
        };
        if (ok)
            return parsed.AddTo(now, options.TimeZone);
        var message = value is null
            ? $"the timer duration names the case variable '{duration.Variable}', which is not set; the rule set that decides it should output it"
            : $"the case variable '{duration.Variable}' holds '{Convert.ToString(value, CultureInfo.InvariantCulture)}', which is neither an ISO 8601 duration such as PT2H nor a date and time with its offset such as 2026-12-01T17:00:00Z";
        // The process's own event sub-process timers are armed as the case starts, before any token could hold an incident.
        if (token is null)
            throw new EngineException(EngineErrors.VariableMissing, message);
        RaiseIncident(token, EngineErrors.VariableMissing, message);
        return null;
    }

    /// <summary>A date and time with its offset (never read in the machine's own zone), or null.</summary>
    private static DateTimeOffset? Moment(object? value) => value switch
    {
        DateTimeOffset at => at,
        string text when text.Length > 10 && char.IsDigit(text[0]) && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) => at,
        _ => null,
    };

    /// <summary>An optional value (a task's title or assignee): its literal, the variable's text, or null when that is not set.</summary>
    private string? ResolveOptional(Token token, ValueExpression? expression) =>
        expression?.Literal ?? (expression?.Variable is { } variable && VariablePath.Read(VariablesFor(token), variable) is string { Length: > 0 } value ? value.Trim() : null);

    private string? Resolve(Token token, ValueExpression expression, string what)
    {
        if (expression.Literal is { } literal)
            return literal;
        if (VariablePath.Read(VariablesFor(token), expression.Variable!) is string { Length: > 0 } value)
            return value;
        RaiseIncident(token, EngineErrors.VariableMissing,
            $"the {what} names the case variable '{expression.Variable}', which is not set; the rule set that decides it should output it");
        return null;
    }
}
