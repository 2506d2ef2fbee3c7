using Pathway.Engine.Model;

namespace Pathway.Engine.Runtime;

/// <summary>
/// One activation in progress: a working copy of the case state, the effects gathered so
/// far and the queue of tokens ready to move. Node semantics live beside this file:
/// activities (Run.Nodes.cs), gateways (Run.Gateways.cs), events (Run.Events.cs) and
/// multi-instance activities (Run.MultiInstance.cs).
/// </summary>
internal sealed partial class Run(PathwayModel model, CaseState state, DateTimeOffset now, InterpreterOptions options)
{
    /// <summary>The token id that bookmarks of the process's own scope (its event sub-process starts) belong to.</summary>
    private const string ProcessScope = "";

    private readonly List<Effect> _effects = [];
    private readonly Queue<string> _ready = new();

    /// <summary>
    /// The flow each token moved along in this run (and why, when a gateway chose it), written on
    /// the node.entered line of the node it reaches: one journal line per step, not two.
    /// </summary>
    private readonly Dictionary<string, (SequenceFlow Flow, Dictionary<string, object?>? Why)> _arrivals = new(StringComparer.Ordinal);

    private int _steps;

    public Activation Finish()
    {
        Drain();
        // A token withdrawn (or held by the step limit) before it entered its node still took its flow.
        foreach (var (flow, why) in _arrivals.Values)
            Journal(JournalKinds.FlowTaken, flow.SourceId, new Dictionary<string, object?>(why ?? []) { ["flow"] = flow.Id, ["to"] = flow.TargetId });
        _arrivals.Clear();
        if (state.Status == CaseStatus.Running && state.Tokens.Count == 0)
        {
            // Nothing is left to run: waits that belong to the process itself end with it.
            foreach (var bookmark in state.Bookmarks.Where(b => b.TokenId == ProcessScope).ToList())
                RemoveBookmark(bookmark, cancelled: true, "the case completed");
            state.Status = CaseStatus.Completed;
            Journal(JournalKinds.CaseCompleted, null);
            _effects.Add(new CaseEnded(CaseStatus.Completed));
        }
        return new Activation(state, _effects);
    }

    public void Journal(string kind, string? nodeId, IReadOnlyDictionary<string, object?>? data = null) =>
        _effects.Add(new Journaled(new JournalEntry(kind, now, nodeId, data)));

    /// <summary>Starts the case at a start event, arming the process's event sub-processes; a message start names its message.</summary>
    public void Begin(StartEvent start)
    {
        Journal(JournalKinds.CaseStarted, start.Id, start.MessageName is { } message ? new Dictionary<string, object?> { ["message"] = message } : null);
        ArmEventSubProcesses(scope: null);
        Spawn(start.Id, scopeId: null, arrivedVia: null);
    }

    public Token Spawn(string nodeId, string? scopeId, string? arrivedVia, IReadOnlyDictionary<string, object?>? locals = null, int? instance = null)
    {
        var token = new Token(state.NextId('t'), nodeId, scopeId, TokenStatus.Ready, arrivedVia) { Locals = locals, Instance = instance };
        state.Tokens.Add(token);
        _ready.Enqueue(token.Id);
        return token;
    }

    public Bookmark TakeBookmark(string bookmarkId, params BookmarkKind[] kinds) =>
        FindBookmark(bookmarkId, kinds)
        ?? throw new EngineException(EngineErrors.BookmarkNotFound, $"the case is not waiting on '{bookmarkId}' (it was completed or withdrawn)");

    public Bookmark? FindBookmark(string bookmarkId, params BookmarkKind[] kinds) =>
        state.Bookmarks.Find(b => b.Id == bookmarkId && kinds.Contains(b.Kind));

    /// <summary>A task or activity is done: its outputs become variables and its token moves on.</summary>
    public void Resume(Bookmark bookmark, IReadOnlyDictionary<string, object?> output, string journalKind)
    {
        RemoveBookmark(bookmark, cancelled: false);
        var token = TokenById(bookmark.TokenId);
        // A called pathway's variables come back only as its output mappings say.
        if (model.Node(bookmark.NodeId) is CallActivity call)
            output = call.Outputs.ToDictionary(m => m.Target, m => output.GetValueOrDefault(m.Source), StringComparer.Ordinal);
        token = Merge(token, output);
        var data = new Dictionary<string, object?> { ["bookmark"] = bookmark.Id, ["output"] = output };
        if (bookmark.Title is not null)
            data["title"] = bookmark.Title;
        // Named again here: an activity done within the step that asked for it has no request line (see CaseChangeWriter).
        if (bookmark.Kind is BookmarkKind.RuleSet or BookmarkKind.Service)
            (data["kind"], data["name"]) = (bookmark.Kind.ToString(), bookmark.Key);
        Journal(journalKind, bookmark.NodeId, data);
        CancelBoundaryEvents(token);
        Leave(token, model.Node(token.NodeId));
    }

    public void Fail(Bookmark bookmark, string code, string message)
    {
        RemoveBookmark(bookmark, cancelled: false);
        var token = TokenById(bookmark.TokenId);
        CancelBoundaryEvents(token);
        RaiseIncident(token, code, message);
    }

    public void Retry(string incidentId)
    {
        var incident = state.Incidents.Find(i => i.Id == incidentId && i.ResolvedAt is null)
            ?? throw new EngineException(EngineErrors.IncidentNotFound, $"there is no open incident '{incidentId}' on this case");
        var resolved = incident with { ResolvedAt = now };
        state.Incidents[state.Incidents.IndexOf(incident)] = resolved;
        _effects.Add(new IncidentResolved(resolved));
        Journal(JournalKinds.IncidentRetried, incident.NodeId, new Dictionary<string, object?> { ["incident"] = incident.Id, ["code"] = incident.Code });
        var token = TokenById(incident.TokenId);
        Replace(token, token with { Status = TokenStatus.Ready });
        _ready.Enqueue(token.Id);
    }

    public void Cancel(string reason)
    {
        foreach (var bookmark in state.Bookmarks.ToArray())
            RemoveBookmark(bookmark, cancelled: true, reason);
        state.Tokens.Clear();
        state.Status = CaseStatus.Cancelled;
        Journal(JournalKinds.CaseCancelled, null, new Dictionary<string, object?> { ["reason"] = reason });
        _effects.Add(new CaseEnded(CaseStatus.Cancelled));
    }

    private void Drain()
    {
        do
        {
            while (_ready.TryDequeue(out var tokenId))
            {
                if (state.Tokens.Find(t => t.Id == tokenId) is not { Status: TokenStatus.Ready } token)
                    continue;
                if (++_steps > options.MaxStepsPerActivation)
                {
                    RaiseIncident(token, EngineErrors.LoopWithoutWait,
                        $"the pathway took {options.MaxStepsPerActivation} steps without reaching a wait state; check for a loop with no task or timer in it");
                    continue;
                }
                Execute(token, model.Node(token.NodeId));
            }
        }
        // A token that ended or moved away may be the one an inclusive join was waiting for.
        while (ReleaseInclusiveJoins());
    }

    /// <summary>
    /// Outputs become case variables; an instance of a multi-instance activity keeps its own,
    /// so parallel instances do not overwrite each other. Returns the token as it now is.
    /// </summary>
    private Token Merge(Token token, IReadOnlyDictionary<string, object?> values)
    {
        if (token.Instance is not null)
        {
            var locals = new Dictionary<string, object?>(token.Locals ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
            foreach (var (name, value) in values)
                locals[name] = value;
            var updated = token with { Locals = locals };
            Replace(token, updated);
            return updated;
        }
        foreach (var (name, value) in values)
            state.Variables[name] = value;
        return token;
    }

    /// <summary>The variables a token sees: the case's, under the locals of the multi-instance instances it runs in (inner ones win).</summary>
    private IReadOnlyDictionary<string, object?> VariablesFor(Token token)
    {
        var chain = new List<IReadOnlyDictionary<string, object?>>();
        for (var current = token; current is not null; current = Parent(current))
        {
            if (current.Locals is { Count: > 0 } locals)
                chain.Add(locals);
        }
        if (chain.Count == 0)
            return state.Variables;
        var merged = new Dictionary<string, object?>(state.Variables, StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var (name, value) in chain[i])
                merged[name] = value;
        }
        return merged;
    }

    /// <summary>The token waiting at the sub-process or multi-instance activity that owns this one.</summary>
    private Token? Parent(Token token) => token.ScopeId is { } scope ? state.Tokens.Find(t => t.Id == scope) : null;

    private Token TokenById(string id) => state.Tokens.Find(t => t.Id == id)
        ?? throw new InvalidOperationException($"token '{id}' is not on the case");

    private void Replace(Token old, Token updated) => state.Tokens[state.Tokens.IndexOf(old)] = updated;

    private void RaiseIncident(Token token, string code, string message)
    {
        var incident = new Incident(state.NextId('i'), token.Id, token.NodeId, code, message, now);
        state.Incidents.Add(incident);
        Replace(state.Tokens.Find(t => t.Id == token.Id)!, token with { Status = TokenStatus.Faulted });
        _effects.Add(new IncidentRaised(incident));
        Journal(JournalKinds.IncidentRaised, token.NodeId, new Dictionary<string, object?> { ["incident"] = incident.Id, ["code"] = code, ["message"] = message });
    }

    private Bookmark AddBookmark(Bookmark bookmark)
    {
        bookmark = bookmark with { CreatedAt = now };
        state.Bookmarks.Add(bookmark);
        _effects.Add(new BookmarkCreated(bookmark));
        return bookmark;
    }

    private void RemoveBookmark(Bookmark bookmark, bool cancelled, string? reason = null)
    {
        state.Bookmarks.Remove(bookmark);
        _effects.Add(new BookmarkRemoved(bookmark, cancelled));
        if (!cancelled)
            return;
        var kind = bookmark.Kind switch
        {
            BookmarkKind.Task => JournalKinds.TaskWithdrawn,
            BookmarkKind.Timer => JournalKinds.TimerCancelled,
            _ => null,
        };
        if (kind is not null)
            Journal(kind, bookmark.NodeId, new Dictionary<string, object?> { ["bookmark"] = bookmark.Id, ["reason"] = reason });
    }
}
