using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Model;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Outbox;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Cases;

/// <summary>
/// Turns an activation's effects into rows: the case record, bookmark index, worklist,
/// incidents, journal, timer outbox and outbox. Only net changes are written: a bookmark made and
/// ended within one command (a rule set) leaves no rows, and its activity no activity.requested
/// line: the node entered, the decision and the activity.completed line (which names it) say it all.
/// <paramref name="tellsCallingCase"/> is false for a called case whose end its calling case takes in the same step.
/// </summary>
internal sealed class CaseChangeWriter(
    PathwayDbContext db, PathwayModel model, CaseRecord record, CaseState before, string actor, DateTimeOffset now, bool tellsCallingCase = true)
{
    public async Task WriteAsync(Activation activation, CancellationToken cancellationToken)
    {
        var existed = before.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var created = activation.CreatedBookmarks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var removed = activation.Effects.OfType<BookmarkRemoved>().Where(r => existed.Contains(r.Bookmark.Id)).ToList();
        var endedInStep = created.Keys.Where(id => activation.RemovedBookmarks.Any(r => r.Id == id)).ToHashSet(StringComparer.Ordinal);
        foreach (var id in endedInStep)
            created.Remove(id);

        foreach (var bookmark in created.Values)
            Add(activation.State, bookmark);
        if (removed.Count > 0)
            await RemoveAsync(removed, cancellationToken);

        foreach (var effect in activation.Effects)
        {
            switch (effect)
            {
                case IncidentRaised raised:
                    db.Incidents.Add(new IncidentRecord
                    {
                        CaseId = record.Id, IncidentId = raised.Incident.Id, NodeId = raised.Incident.NodeId,
                        Code = raised.Incident.Code, Message = raised.Incident.Message, RaisedAt = raised.Incident.RaisedAt,
                    });
                    break;
                case IncidentResolved resolved:
                    var row = db.Incidents.Local.FirstOrDefault(i => i.CaseId == record.Id && i.IncidentId == resolved.Incident.Id)
                        ?? await db.Incidents.SingleAsync(i => i.CaseId == record.Id && i.IncidentId == resolved.Incident.Id, cancellationToken);
                    row.ResolvedAt = resolved.Incident.ResolvedAt;
                    break;
                // A call withdrawn in the step that started it has a called case too, staged in the same transaction.
                case BookmarkRemoved { Bookmark.Kind: BookmarkKind.Call, Cancelled: true } withdrawn:
                    db.Append(OutboxRows.CallWithdrawn(record, withdrawn.Bookmark, now));
                    break;
                case MessageSent or SignalThrown or CaseEnded:
                    if (OutboxRows.For(effect, record, activation.State, tellsCallingCase, now) is { } sent)
                        db.Append(sent);
                    break;
                case Journaled { Entry: { Kind: JournalKinds.ActivityRequested, Data: { } requested } } when endedInStep.Contains(requested["bookmark"] as string ?? ""):
                    break;
                case Journaled journaled:
                    db.Append(new JournalRecord
                    {
                        CaseId = record.Id,
                        Sequence = ++record.JournalLength,
                        At = journaled.Entry.At,
                        Kind = journaled.Entry.Kind,
                        NodeId = journaled.Entry.NodeId,
                        Actor = actor,
                        DataJson = journaled.Entry.Data is null ? null : CaseStateJson.SerializeData(journaled.Entry.Data),
                    });
                    break;
            }
        }

        var state = activation.State;
        record.StateJson = CaseStateJson.Serialize(state);
        record.Status = state.Status;
        record.HasIncidents = state.HasOpenIncidents;
        if (state.Status != CaseStatus.Running)
            record.EndedAt ??= now;
        record.Revision++;
    }

    private void Add(CaseState state, Bookmark bookmark)
    {
        if (bookmark.Kind is BookmarkKind.RuleSet or BookmarkKind.Service)
            return;
        db.Append(new BookmarkRecord
        {
            CaseId = record.Id, BookmarkId = bookmark.Id, Kind = bookmark.Kind, Key = bookmark.Key,
            NodeId = bookmark.NodeId, DueAt = bookmark.DueAt, CreatedAt = bookmark.CreatedAt,
        });
        if (bookmark.Kind == BookmarkKind.Task)
        {
            db.Append(new WorkTaskRecord
            {
                CaseId = record.Id,
                BookmarkId = bookmark.Id,
                NodeId = bookmark.NodeId,
                Name = bookmark.Title ?? model.Node(bookmark.NodeId).Name ?? bookmark.NodeId,
                Role = bookmark.Role!,
                Owner = bookmark.Assignee,
                Team = state.Variables.GetValueOrDefault("team") as string,
                Locality = record.Locality,
                Form = bookmark.Form,
                Status = bookmark.Assignee is null ? WorkTaskStatus.Ready : WorkTaskStatus.InProgress,
                CreatedAt = now,
                DueAt = bookmark.DueAt,
            });
        }
        else if (bookmark.Kind == BookmarkKind.Timer)
        {
            db.Append(new TimerOutboxRecord { CaseId = record.Id, BookmarkId = bookmark.Id, DueAt = bookmark.DueAt, CreatedAt = now });
        }
    }

    private async Task RemoveAsync(List<BookmarkRemoved> removed, CancellationToken cancellationToken)
    {
        foreach (var (bookmark, cancelled) in removed.Select(r => (r.Bookmark, r.Cancelled)))
        {
            db.Delete(new BookmarkRecord { CaseId = record.Id, BookmarkId = bookmark.Id, NodeId = bookmark.NodeId });
            if (bookmark.Kind == BookmarkKind.Timer && cancelled)
                db.Append(new TimerOutboxRecord { CaseId = record.Id, BookmarkId = bookmark.Id, Cancel = true, CreatedAt = now });
        }
        var taskBookmarks = removed.Where(r => r.Bookmark.Kind == BookmarkKind.Task).ToDictionary(r => r.Bookmark.Id, StringComparer.Ordinal);
        if (taskBookmarks.Count == 0)
            return;
        // The task a command completes is usually read already (its check loads it); only the others are queried.
        var tasks = db.WorkTasks.Local.Where(t => t.CaseId == record.Id && t.BookmarkId is { } b && taskBookmarks.ContainsKey(b) && IsOpen(t)).ToList();
        var ids = taskBookmarks.Keys.Except(tasks.Select(t => t.BookmarkId!), StringComparer.Ordinal).ToList();
        if (ids.Count > 0)
        {
            tasks.AddRange(await db.WorkTasks
                .Where(t => t.CaseId == record.Id && t.BookmarkId != null && ids.Contains(t.BookmarkId) && (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress))
                .ToListAsync(cancellationToken));
        }
        foreach (var task in tasks)
        {
            task.Revision++;
            if (taskBookmarks[task.BookmarkId!].Cancelled)
            {
                task.Status = WorkTaskStatus.Cancelled;
                continue;
            }
            task.Status = WorkTaskStatus.Completed;
            task.CompletedAt = now;
            task.CompletedBy = actor;
        }
    }

    private static bool IsOpen(WorkTaskRecord task) => task.Status is WorkTaskStatus.Ready or WorkTaskStatus.InProgress;
}
