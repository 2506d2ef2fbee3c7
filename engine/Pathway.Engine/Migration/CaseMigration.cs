using Pathway.Engine.Model;
using Pathway.Engine.Runtime;

namespace Pathway.Engine.Migration;

/// <summary>
/// Moves a running case from one pathway version to another where it stands, never from the
/// beginning: tokens, bookmarks, tasks and variables carry over, matched by element id, as in
/// Camunda's instance migration. Timers are rescheduled only where the target's timer differs
/// (from when the timer started); waits of boundary events the target drops are cancelled and
/// those it adds are armed. A case whose wait state the target cannot hold is not moved: the
/// plan says why, node by node. Pure: the caller writes the effects.
/// </summary>
public static class CaseMigration
{
    /// <summary>The token id that the process's own waits (its event sub-process starts) belong to.</summary>
    private const string ProcessScope = "";

    public static MigrationPlan Plan(PathwayModel from, PathwayModel to, CaseState state, DateTimeOffset now, InterpreterOptions? options = null)
    {
        var zone = (options ?? new InterpreterOptions()).TimeZone;
        var blockers = new List<MigrationBlocker>();
        if (state.Status != CaseStatus.Running)
            return new MigrationPlan(null, [new MigrationBlocker(null, $"the case is {state.Status.ToString().ToLowerInvariant()}")]);
        foreach (var token in state.Tokens)
            CheckToken(from, to, token, blockers);
        // A token that cannot move says so once; the waits it holds need no reasons of their own.
        var stuck = state.Tokens.Where(t => blockers.Exists(b => b.NodeId == t.NodeId)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        var migrated = state.Clone();
        var effects = new List<Effect>();
        void Journal(string kind, string nodeId, Bookmark bookmark, string what, object? value) =>
            effects.Add(new Journaled(new JournalEntry(kind, now, nodeId, new Dictionary<string, object?> { ["bookmark"] = bookmark.Id, [what] = value })));
        void Remove(Bookmark bookmark, string reason)
        {
            migrated.Bookmarks.Remove(bookmark);
            effects.Add(new BookmarkRemoved(bookmark, Cancelled: true));
            if (bookmark.Kind == BookmarkKind.Timer)
                Journal(JournalKinds.TimerCancelled, bookmark.NodeId, bookmark, "reason", reason);
        }
        void Add(Bookmark bookmark)
        {
            migrated.Bookmarks.Add(bookmark);
            effects.Add(new BookmarkCreated(bookmark));
            if (bookmark.Kind == BookmarkKind.Timer)
                Journal(JournalKinds.TimerScheduled, bookmark.NodeId, bookmark, "dueAt", bookmark.DueAt);
            else
                Journal(bookmark.Kind == BookmarkKind.Message ? JournalKinds.MessageAwaited : JournalKinds.SignalAwaited, bookmark.NodeId, bookmark, "name", bookmark.Key);
        }

        foreach (var bookmark in state.Bookmarks.Where(b => b.Kind is BookmarkKind.Timer or BookmarkKind.Message or BookmarkKind.Signal && !stuck.Contains(b.TokenId)))
        {
            var source = from.Nodes.GetValueOrDefault(bookmark.NodeId);
            if (!to.Nodes.TryGetValue(bookmark.NodeId, out var target))
            {
                // Waits beside the case's path (boundary events, event sub-process starts) go with their element; a wait on the path itself cannot.
                if (source is BoundaryEvent or StartEvent)
                    Remove(bookmark, "the case moved to a version without this event");
                else if (!state.Tokens.Exists(t => t.NodeId == bookmark.NodeId))
                    blockers.Add(new(bookmark.NodeId, $"it waits for {Label(source, bookmark.NodeId)}, which the target version does not have"));
                continue;
            }
            var before = TriggerOf(source);
            var after = TriggerOf(target);
            if (after is null || before is null || after.Kind != before.Kind)
            {
                blockers.Add(new(bookmark.NodeId, $"it waits for the {before} of {Label(source, bookmark.NodeId)}, which is {(after is null ? "no event" : $"a {after}")} in the target version"));
                continue;
            }
            if (source is BoundaryEvent a && target is BoundaryEvent b && a.AttachedToId != b.AttachedToId)
            {
                blockers.Add(new(bookmark.NodeId, $"{target.Label} is on '{b.AttachedToId}' in the target version, not on '{a.AttachedToId}'"));
                continue;
            }
            if (after == before)
                continue;
            var variables = VariablesOf(state, bookmark.TokenId);
            if (after.Kind == TriggerKind.Timer)
            {
                // The changed timer counts from when the wait began, not from the migration.
                if (DueAt(after.Duration!, bookmark.CreatedAt, variables, zone, target, blockers) is not { } due)
                    continue;
                Remove(bookmark, "the target version's timer differs");
                Add(new Bookmark(migrated.NextId('b'), BookmarkKind.Timer, bookmark.NodeId, bookmark.TokenId, DueAt: due) { CreatedAt = bookmark.CreatedAt });
            }
            else
            {
                Remove(bookmark, "the target version waits for another name");
                Add(bookmark with { Id = migrated.NextId('b'), Key = after.Name });
            }
        }

        ArmAddedBoundaryEvents(from, to, state, now, zone, blockers, migrated, Add);
        return blockers.Count > 0
            ? new MigrationPlan(null, blockers)
            : new MigrationPlan(new Activation(migrated, effects), []);
    }

    /// <summary>Where a token stands must exist in the target as the same kind of element, in the same scope, looping the same way.</summary>
    private static void CheckToken(PathwayModel from, PathwayModel to, Token token, List<MigrationBlocker> blockers)
    {
        var source = from.Nodes.GetValueOrDefault(token.NodeId);
        if (!to.Nodes.TryGetValue(token.NodeId, out var target))
        {
            blockers.Add(new(token.NodeId, $"its wait state {Label(source, token.NodeId)} was removed"));
            return;
        }
        if (source is null)
            return;
        if (target.Kind != source.Kind)
            blockers.Add(new(token.NodeId, $"its wait state {source.Label} is a {source.Kind} here but a {target.Kind} in the target version"));
        else if (target.ScopeId != source.ScopeId)
            blockers.Add(new(token.NodeId, $"its wait state {source.Label} is in {Scope(source.ScopeId)} here but in {Scope(target.ScopeId)} in the target version"));
        else if ((source.Loop is null) != (target.Loop is null) || source.Loop?.Sequential != target.Loop?.Sequential)
            blockers.Add(new(token.NodeId, $"its wait state {source.Label} is {Looping(source)} here but {Looping(target)} in the target version"));
        else if (source is CallActivity call && target is CallActivity called && call.CalledKey != called.CalledKey)
            blockers.Add(new(token.NodeId, $"{source.Label} calls '{call.CalledKey}' here but '{called.CalledKey}' in the target version"));
        else if (token.Status == TokenStatus.Waiting && target is ParallelGateway or InclusiveGateway && token.ArrivedVia is { } via
            && (!to.Flows.TryGetValue(via, out var flow) || flow.TargetId != target.Id))
            blockers.Add(new(token.NodeId, $"a token waits at the join {source.Label} for the flow '{via}', which does not lead there in the target version"));
    }

    /// <summary>An activity waiting now gets the waits of boundary events the target adds to it, counted from the migration.</summary>
    private static void ArmAddedBoundaryEvents(
        PathwayModel from, PathwayModel to, CaseState state, DateTimeOffset now, TimeZoneInfo zone,
        List<MigrationBlocker> blockers, CaseState migrated, Action<Bookmark> add)
    {
        foreach (var token in state.Tokens.Where(t => t.Status == TokenStatus.Waiting && t.Instance is null && to.Nodes.ContainsKey(t.NodeId)))
        {
            foreach (var boundary in to.BoundaryEventsOf(token.NodeId))
            {
                if (from.Nodes.ContainsKey(boundary.Id) || boundary.Trigger.Kind is not (TriggerKind.Timer or TriggerKind.Message or TriggerKind.Signal))
                    continue;
                if (boundary.Trigger.Kind == TriggerKind.Timer)
                {
                    if (DueAt(boundary.Trigger.Duration!, now, VariablesOf(state, token.Id), zone, boundary, blockers) is { } due)
                        add(new Bookmark(migrated.NextId('b'), BookmarkKind.Timer, boundary.Id, token.Id, DueAt: due) { CreatedAt = now });
                    continue;
                }
                var kind = boundary.Trigger.Kind == TriggerKind.Message ? BookmarkKind.Message : BookmarkKind.Signal;
                add(new Bookmark(migrated.NextId('b'), kind, boundary.Id, token.Id, Key: boundary.Trigger.Name) { CreatedAt = now });
            }
        }
    }

    private static DateTimeOffset? DueAt(DurationExpression duration, DateTimeOffset start, IReadOnlyDictionary<string, object?> variables, TimeZoneInfo zone, Node node, List<MigrationBlocker> blockers)
    {
        if (duration.Literal is { } literal)
            return literal.AddTo(start, zone);
        var value = VariablePath.Read(variables, duration.Variable!);
        if (value is string text && Time.IsoDuration.TryParse(text, out var parsed))
            return parsed.AddTo(start, zone);
        blockers.Add(new(node.Id, value is null
            ? $"the timer of {node.Label} in the target version reads the variable '{duration.Variable}', which the case does not have"
            : $"the timer of {node.Label} in the target version reads the variable '{duration.Variable}', which holds no ISO 8601 duration"));
        return null;
    }

    private static IReadOnlyDictionary<string, object?> VariablesOf(CaseState state, string tokenId) =>
        tokenId != ProcessScope && state.Tokens.Find(t => t.Id == tokenId)?.Locals is { } locals
            ? new Dictionary<string, object?>(state.Variables.Concat(locals).GroupBy(v => v.Key).Select(g => g.Last()), StringComparer.Ordinal)
            : state.Variables;

    private static Trigger? TriggerOf(Node? node) => node switch
    {
        BoundaryEvent b => b.Trigger,
        IntermediateCatchEvent c => c.Trigger,
        StartEvent s => s.Trigger,
        ReceiveTask r => new Trigger(TriggerKind.Message, r.MessageName),
        _ => null,
    };

    private static string Label(Node? node, string id) => node?.Label ?? $"'{id}'";

    private static string Scope(string? scopeId) => scopeId is null ? "the process" : $"sub-process '{scopeId}'";

    private static string Looping(Node node) => node.Loop switch
    {
        null => "a single activity",
        { Sequential: true } => "sequential multi-instance",
        _ => "parallel multi-instance",
    };
}

/// <summary>Why a case cannot move: the element it concerns (null for the case as a whole) and the reason in words.</summary>
public sealed record MigrationBlocker(string? NodeId, string Reason);

/// <summary>The migrated case (state and effects to write), or why it cannot move.</summary>
public sealed record MigrationPlan(Activation? Migrated, IReadOnlyList<MigrationBlocker> Blockers)
{
    public bool CanMigrate => Blockers.Count == 0;
}
