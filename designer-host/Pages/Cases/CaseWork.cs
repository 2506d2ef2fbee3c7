using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Assessments;
using Pathway.Cases.Handovers;
using Pathway.Cases.Triage;
using Pathway.Cases.Worklist;
using Pathway.DesignerHost.Pages.Shared;
using Pathway.DesignerHost.Worklist;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>
/// What the signed-in person may do on one case, asked of the commands' own permission rules, and
/// whether it is an emergency: the case page's top panel and its action buttons.
/// </summary>
public sealed class CaseWork
{
    private IReadOnlyDictionary<long, WorkTaskRecord> _open = new Dictionary<long, WorkTaskRecord>();
    private Actor _actor = Actor.System;
    private ReassignTargets? _targets;

    public Emergency? Emergency { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public bool CanReview { get; private set; }
    public HandoverRecord? PendingHandover { get; private set; }
    public bool CanRespondToHandover { get; private set; }

    public static async Task<CaseWork> LoadAsync(PathwayDbContext db, Guid caseId, IReadOnlyDictionary<string, object?> variables, Actor actor,
        ReassignTargets targets, DateTimeOffset now, CancellationToken ct)
    {
        var tasks = await db.WorkTasks.AsNoTracking().Where(t => t.CaseId == caseId).ToListAsync(ct);
        // A request is open to an answer only while the pathway waits for one (not once its window has passed).
        var answers = RespondToHandoverHandler.Messages.ToArray();
        var awaited = await db.Bookmarks.AsNoTracking().AnyAsync(b => b.CaseId == caseId && b.Kind == BookmarkKind.Message
            && b.Key != null && answers.Contains(b.Key), ct);
        var pending = !awaited ? null : await db.Handovers.AsNoTracking().Where(h => h.CaseId == caseId && h.Status == HandoverStatus.Requested)
            .OrderByDescending(h => h.Id).FirstOrDefaultAsync(ct);
        return new CaseWork
        {
            _open = tasks.Where(t => t.Status is WorkTaskStatus.Ready or WorkTaskStatus.InProgress).ToDictionary(t => t.Id),
            _actor = actor,
            _targets = targets,
            Emergency = Emergency.Of(variables, tasks),
            Now = now,
            CanReview = await AssessmentReviews.WhyNotReviewAsync(db, caseId, actor, ct) is null,
            PendingHandover = pending,
            CanRespondToHandover = pending is not null && HandoverPermissions.WhyNotRespond(pending, actor) is null,
        };
    }

    public bool CanWork(long taskId) => _open.TryGetValue(taskId, out var task) && WorkPermissions.CanWork(task, _actor);

    public bool CanReassign(long taskId) => _open.TryGetValue(taskId, out var task) && WorkPermissions.WhyNotReassign(task, _actor) is null;

    public ReassignForm ReassignFormFor(long taskId)
    {
        var task = _open[taskId];
        return new ReassignForm(task.Id, task.Name, "this case", _targets!.For(task.Team ?? task.Locality), new Dictionary<string, string?>());
    }

    /// <summary>Minutes to a deadline from when the page was read (negative when passed).</summary>
    public double MinutesTo(DateTimeOffset due) => WorklistItem.MinutesUntil(due, Now) ?? 0;
}
