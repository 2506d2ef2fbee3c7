using Pathway.Engine.Model;

namespace Pathway.Engine.Runtime;

/// <summary>
/// Events: catching (timers, messages, signals, links), throwing (errors, escalations,
/// signals, messages), boundary events and event sub-processes.
/// </summary>
internal sealed partial class Run
{
    public void Fire(Bookmark timer)
    {
        RemoveBookmark(timer, cancelled: false);
        Journal(JournalKinds.TimerFired, timer.NodeId, new Dictionary<string, object?> { ["bookmark"] = timer.Id, ["dueAt"] = timer.DueAt });
        Triggered(timer);
    }

    public void Receive(string messageName, IReadOnlyDictionary<string, object?> payload)
    {
        var waiting = state.Bookmarks.Find(b => b.Kind == BookmarkKind.Message && b.Key == messageName)
            ?? throw new EngineException(EngineErrors.MessageNotAwaited, $"the case is not waiting for the message '{messageName}'");
        RemoveBookmark(waiting, cancelled: false);
        foreach (var (name, value) in payload)
            state.Variables[name] = value;
        Journal(JournalKinds.MessageReceived, waiting.NodeId, new Dictionary<string, object?> { ["message"] = messageName, ["payload"] = payload });
        Triggered(waiting);
    }

    /// <summary>A broadcast signal triggers every wait on it; a case not waiting for it is left as it is.</summary>
    public void Signal(string signalName, IReadOnlyDictionary<string, object?> payload)
    {
        var waiting = state.Bookmarks.Where(b => b.Kind == BookmarkKind.Signal && b.Key == signalName).ToList();
        if (waiting.Count == 0)
            return;
        foreach (var (name, value) in payload)
            state.Variables[name] = value;
        foreach (var bookmark in waiting)
        {
            if (!state.Bookmarks.Contains(bookmark))
                continue; // withdrawn by an earlier one (an interrupting boundary, a won race)
            RemoveBookmark(bookmark, cancelled: false);
            Journal(JournalKinds.SignalReceived, bookmark.NodeId, new Dictionary<string, object?> { ["signal"] = signalName, ["payload"] = payload });
            Triggered(bookmark);
        }
    }

    /// <summary>A task or activity ended in a business error: the nearest matching error boundary or event sub-process takes over.</summary>
    public void ThrowError(Bookmark bookmark, string code, string? message)
    {
        RemoveBookmark(bookmark, cancelled: false);
        var token = TokenById(bookmark.TokenId);
        Journal(JournalKinds.ErrorThrown, bookmark.NodeId, new Dictionary<string, object?> { ["code"] = code, ["message"] = message });
        var thrown = new Trigger(TriggerKind.Error, code);
        if (token.Instance is null && model.BoundaryEventsOf(token.NodeId).FirstOrDefault(b => b.Trigger.Catches(thrown)) is { } own)
        {
            TriggerBoundary(token, own);
            return;
        }
        if (!Throw(token, thrown))
            Unhandled(token, thrown);
    }

    /// <summary>What a bookmark's stimulus does: start an event sub-process, trigger a boundary event, win a race, or end a wait.</summary>
    private void Triggered(Bookmark bookmark)
    {
        var node = model.Node(bookmark.NodeId);
        if (node is StartEvent start)
        {
            var scope = bookmark.TokenId == ProcessScope ? null : TokenById(bookmark.TokenId);
            StartEventSubProcess(scope, (SubProcess)model.Node(start.ScopeId!));
            return;
        }
        var token = TokenById(bookmark.TokenId);
        if (node is BoundaryEvent boundary)
            TriggerBoundary(token, boundary);
        else if (model.Node(token.NodeId) is EventBasedGateway)
            WinRace(token, bookmark);
        else
        {
            CancelBoundaryEvents(token);
            Leave(token, node);
        }
    }

    private void Catch(Token token, IntermediateCatchEvent catcher)
    {
        if (catcher.Trigger.Kind == TriggerKind.Link)
        {
            Leave(token, catcher);
            return;
        }
        if (TriggerBookmark(token, catcher.Id, catcher.Trigger) is { } bookmark)
            Wait(token, catcher, bookmark);
    }

    private void ThrowIntermediate(Token token, IntermediateThrowEvent thrower)
    {
        switch (thrower.Trigger.Kind)
        {
            case TriggerKind.Link:
                var target = model.LinkTarget(thrower)!;
                Journal(JournalKinds.FlowTaken, thrower.Id, new Dictionary<string, object?> { ["link"] = thrower.Trigger.Name, ["to"] = target.Id });
                Replace(token, token with { NodeId = target.Id, Status = TokenStatus.Ready, ArrivedVia = null });
                _ready.Enqueue(token.Id);
                return;
            case TriggerKind.Escalation:
                // A non-interrupting catch lets the thrower carry on; an interrupting one ends its scope, thrower included.
                Throw(token, thrower.Trigger);
                if (state.Tokens.Exists(t => t.Id == token.Id))
                    Leave(token, thrower);
                return;
            default:
                Announce(token, thrower, thrower.Trigger);
                Leave(token, thrower);
                return;
        }
    }

    private void End(Token token, EndEvent end)
    {
        switch (end.Trigger.Kind)
        {
            case TriggerKind.Terminate:
                foreach (var other in state.Tokens.Where(t => t.ScopeId == token.ScopeId && t.Id != token.Id).ToList())
                {
                    CancelActivity(other, $"terminated by {end.Label}");
                    state.Tokens.Remove(other);
                }
                break;
            case TriggerKind.Error:
                if (!Throw(token, end.Trigger))
                    Unhandled(token, end.Trigger);
                return; // caught: the handler ended the scope; uncaught: the token waits on the incident
            case TriggerKind.Escalation:
                Throw(token, end.Trigger);
                if (!state.Tokens.Exists(t => t.Id == token.Id))
                    return;
                break;
            default:
                Announce(token, end, end.Trigger);
                break;
        }
        Consume(token);
    }

    /// <summary>A thrown message (with the sender's correlation key) or signal goes to the runtime as an effect, journalled with the case.</summary>
    private void Announce(Token token, Node node, Trigger trigger)
    {
        if (trigger.Kind == TriggerKind.Signal)
        {
            _effects.Add(new SignalThrown(node.Id, trigger.Name!));
            Journal(JournalKinds.SignalThrown, node.Id, new Dictionary<string, object?> { ["signal"] = trigger.Name });
        }
        else if (trigger.Kind == TriggerKind.Message)
        {
            var id = state.NextId('m');
            var key = MessageCorrelation.KeyOf(VariablesFor(token), node.CorrelationKey);
            _effects.Add(new MessageSent(id, node.Id, trigger.Name!, key));
            var data = new Dictionary<string, object?> { ["message"] = trigger.Name, ["id"] = id };
            if (key is not null)
                data["correlationKey"] = key;
            Journal(JournalKinds.MessageSent, node.Id, data);
        }
    }

    /// <summary>
    /// Looks for the catcher of an error or escalation from the thrower's scope outwards: an
    /// event sub-process of the scope, then a boundary event of the sub-process (or
    /// multi-instance activity) that holds it. False when nothing catches it.
    /// </summary>
    private bool Throw(Token thrower, Trigger thrown)
    {
        if (thrown.Kind == TriggerKind.Escalation)
            Journal(JournalKinds.EscalationThrown, thrower.NodeId, new Dictionary<string, object?> { ["code"] = thrown.Name });
        for (var scope = Parent(thrower); ; scope = Parent(scope))
        {
            // The instances of a multi-instance sub-process hold its event sub-processes; the activity itself holds the boundary events.
            if (scope is null || scope.Instances is null)
            {
                var handler = Best(model.EventSubProcessesOf(scope?.NodeId).Where(s => model.StartOf(s).Trigger.Catches(thrown)), s => model.StartOf(s).Trigger);
                if (handler is not null)
                {
                    StartEventSubProcess(scope, handler);
                    return true;
                }
            }
            if (scope is null)
                return false;
            if (scope.Instance is null && Best(model.BoundaryEventsOf(scope.NodeId).Where(b => b.Trigger.Catches(thrown)), b => b.Trigger) is { } boundary)
            {
                TriggerBoundary(scope, boundary);
                return true;
            }
        }
    }

    /// <summary>A catcher for this very code wins over one that catches every code.</summary>
    private static T? Best<T>(IEnumerable<T> catchers, Func<T, Trigger> trigger) where T : class =>
        catchers.OrderBy(c => trigger(c).Name is null ? 1 : 0).FirstOrDefault();

    private void Unhandled(Token token, Trigger thrown) =>
        RaiseIncident(token, EngineErrors.UnhandledError,
            $"{model.Node(token.NodeId).Label} threw the error '{thrown.Name}' and nothing catches it; add an error boundary event or an error event sub-process for it");

    private void TriggerBoundary(Token activity, BoundaryEvent boundary)
    {
        if (boundary.Interrupting)
        {
            CancelActivity(activity, $"interrupted by {boundary.Label}");
            state.Tokens.Remove(TokenById(activity.Id));
        }
        else if (boundary.Trigger.Kind is TriggerKind.Message or TriggerKind.Signal)
        {
            // A non-interrupting message or signal can come again while the activity runs.
            Arm([TriggerBookmark(activity, boundary.Id, boundary.Trigger)!]);
        }
        Spawn(boundary.Id, activity.ScopeId, arrivedVia: null);
    }

    /// <summary>Runs an event sub-process in a scope (null: the process); an interrupting one first ends everything else in the scope.</summary>
    private void StartEventSubProcess(Token? scope, SubProcess sub)
    {
        var start = model.StartOf(sub);
        var scopeId = scope?.Id;
        if (start.Interrupting)
        {
            foreach (var other in state.Tokens.Where(t => t.ScopeId == scopeId).ToList())
            {
                CancelActivity(other, $"interrupted by {sub.Label}");
                state.Tokens.Remove(other);
            }
            foreach (var bookmark in state.Bookmarks.Where(b => b.TokenId == (scopeId ?? ProcessScope) && model.Node(b.NodeId) is StartEvent).ToList())
                RemoveBookmark(bookmark, cancelled: true, $"interrupted by {sub.Label}");
        }
        else if (start.Trigger.Kind is TriggerKind.Message or TriggerKind.Signal)
        {
            Arm([TriggerBookmark(scope, start.Id, start.Trigger)!]);
        }
        var holder = new Token(state.NextId('t'), sub.Id, scopeId, TokenStatus.Waiting);
        state.Tokens.Add(holder);
        ArmEventSubProcesses(holder);
        Spawn(start.Id, holder.Id, arrivedVia: null);
    }

    /// <summary>Arms the timer, message and signal starts of a scope's event sub-processes (errors and escalations are caught when thrown).</summary>
    private void ArmEventSubProcesses(Token? scope)
    {
        var starts = new List<Bookmark>();
        foreach (var sub in model.EventSubProcessesOf(scope?.NodeId))
        {
            var start = model.StartOf(sub);
            if (start.Trigger.Kind is TriggerKind.Timer or TriggerKind.Message or TriggerKind.Signal
                && TriggerBookmark(scope, start.Id, start.Trigger) is { } bookmark)
            {
                starts.Add(bookmark);
            }
        }
        Arm(starts);
    }

    /// <summary>The waits an activity's boundary events need (timers, messages, signals); none for an instance, whose activity holds them. Null (with an incident) when a duration cannot be read.</summary>
    private List<Bookmark>? BoundaryBookmarks(Token token, Node activity)
    {
        var waits = new List<Bookmark>();
        if (token.Instance is not null)
            return waits;
        foreach (var boundary in model.BoundaryEventsOf(activity.Id))
        {
            if (boundary.Trigger.Kind is TriggerKind.Error or TriggerKind.Escalation)
                continue;
            if (TriggerBookmark(token, boundary.Id, boundary.Trigger) is not { } wait)
                return null;
            waits.Add(wait);
        }
        return waits;
    }

    /// <summary>
    /// The wait for a timer, message or signal at <paramref name="nodeId"/>, held by a token
    /// (or, for the process's event sub-processes, by the process). Null with an incident
    /// when a timer's duration cannot be read.
    /// </summary>
    private Bookmark? TriggerBookmark(Token? holder, string nodeId, Trigger trigger)
    {
        var holderId = holder?.Id ?? ProcessScope;
        return trigger.Kind switch
        {
            TriggerKind.Timer => DueAt(holder, trigger.Duration!) is { } due ? new Bookmark(state.NextId('b'), BookmarkKind.Timer, nodeId, holderId, DueAt: due) : null,
            TriggerKind.Message => new Bookmark(state.NextId('b'), BookmarkKind.Message, nodeId, holderId, Key: trigger.Name),
            TriggerKind.Signal => new Bookmark(state.NextId('b'), BookmarkKind.Signal, nodeId, holderId, Key: trigger.Name),
            _ => throw new InvalidOperationException($"a {trigger} event does not wait"),
        };
    }

    private Bookmark Arm(Bookmark bookmark)
    {
        var added = AddBookmark(bookmark);
        var data = bookmark.Kind switch
        {
            BookmarkKind.Timer => (JournalKinds.TimerScheduled, new Dictionary<string, object?> { ["bookmark"] = added.Id, ["dueAt"] = bookmark.DueAt }),
            BookmarkKind.Message => (JournalKinds.MessageAwaited, new Dictionary<string, object?> { ["bookmark"] = added.Id, ["message"] = bookmark.Key }),
            BookmarkKind.Signal => (JournalKinds.SignalAwaited, new Dictionary<string, object?> { ["bookmark"] = added.Id, ["signal"] = bookmark.Key }),
            BookmarkKind.RuleSet or BookmarkKind.Service => (JournalKinds.ActivityRequested, new Dictionary<string, object?> { ["bookmark"] = added.Id, ["kind"] = bookmark.Kind.ToString(), ["name"] = bookmark.Key }),
            _ => default,
        };
        if (data.Item1 is not null)
            Journal(data.Item1, bookmark.NodeId, data.Item2);
        return added;
    }

    private void Arm(List<Bookmark> bookmarks)
    {
        foreach (var bookmark in bookmarks)
            Arm(bookmark);
    }

    /// <summary>The activity (or scope) the token held is done: the waits of its boundary events and event sub-processes end.</summary>
    private void CancelBoundaryEvents(Token token)
    {
        foreach (var wait in state.Bookmarks.Where(b => b.TokenId == token.Id).ToList())
            RemoveBookmark(wait, cancelled: true, "the activity finished first");
    }
}
