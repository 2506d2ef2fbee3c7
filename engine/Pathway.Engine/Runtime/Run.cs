using Pathway.Engine.Model;

namespace Pathway.Engine.Runtime;

/// <summary>
/// One activation in progress: a working copy of the case state, the effects gathered so
/// far and the queue of tokens ready to move. Node semantics live in Run.Nodes.cs.
/// </summary>
internal sealed partial class Run(PathwayModel model, CaseState state, DateTimeOffset now, InterpreterOptions options)
{
    private readonly List<Effect> _effects = [];
    private readonly Queue<string> _ready = new();
    private int _steps;

    public Activation Finish()
    {
        Drain();
        if (state.Status == CaseStatus.Running && state.Tokens.Count == 0)
        {
            state.Status = CaseStatus.Completed;
            Journal(JournalKinds.CaseCompleted, null);
            _effects.Add(new CaseEnded(CaseStatus.Completed));
        }
        return new Activation(state, _effects);
    }

    public void Journal(string kind, string? nodeId, IReadOnlyDictionary<string, object?>? data = null) =>
        _effects.Add(new Journaled(new JournalEntry(kind, now, nodeId, data)));

    public Token Spawn(string nodeId, string? scopeId, string? arrivedVia)
    {
        var token = new Token(state.NextId('t'), nodeId, scopeId, TokenStatus.Ready, arrivedVia);
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
        Merge(output);
        Journal(journalKind, bookmark.NodeId, new Dictionary<string, object?> { ["bookmark"] = bookmark.Id, ["output"] = output });
        var token = TokenById(bookmark.TokenId);
        CancelBoundaryTimers(token);
        Leave(token, model.Node(token.NodeId));
    }

    public void Fail(Bookmark bookmark, string code, string message)
    {
        RemoveBookmark(bookmark, cancelled: false);
        var token = TokenById(bookmark.TokenId);
        CancelBoundaryTimers(token);
        RaiseIncident(token, code, message);
    }

    public void Fire(Bookmark timer)
    {
        RemoveBookmark(timer, cancelled: false);
        var node = model.Node(timer.NodeId);
        Journal(JournalKinds.TimerFired, node.Id, new Dictionary<string, object?> { ["bookmark"] = timer.Id, ["dueAt"] = timer.DueAt });
        var token = TokenById(timer.TokenId);
        if (node is BoundaryTimerEvent boundary)
        {
            if (boundary.Interrupting)
            {
                CancelActivity(token, $"interrupted by {boundary.Label}");
                state.Tokens.Remove(token);
            }
            Spawn(boundary.Id, token.ScopeId, arrivedVia: null);
            return;
        }
        Leave(token, node);
    }

    public void Receive(string messageName, IReadOnlyDictionary<string, object?> payload)
    {
        var waiting = state.Bookmarks.Find(b => b.Kind == BookmarkKind.Message && b.Key == messageName)
            ?? throw new EngineException(EngineErrors.MessageNotAwaited, $"the case is not waiting for the message '{messageName}'");
        RemoveBookmark(waiting, cancelled: false);
        Merge(payload);
        Journal(JournalKinds.MessageReceived, waiting.NodeId, new Dictionary<string, object?> { ["message"] = messageName, ["payload"] = payload });
        Leave(TokenById(waiting.TokenId), model.Node(waiting.NodeId));
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

    private void Merge(IReadOnlyDictionary<string, object?> values)
    {
        foreach (var (name, value) in values)
            state.Variables[name] = value;
    }

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
