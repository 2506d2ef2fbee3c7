using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Worklist;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Assessments;

/// <summary>
/// The assessor answers a challenge with a revised assessment by completing the revision task.
/// Without an open challenge there is no revision task, so a silent re-assessment is refused.
/// </summary>
public sealed record ReviseAssessment(long TaskId, TrustedAssessment Assessment, Actor Actor) : ICommand<AssessmentRecord>, ITaskScoped;

public sealed class ReviseAssessmentHandler(PathwayDbContext db, CaseRunner runner, TimeProvider clock) : ICommandHandler<ReviseAssessment, AssessmentRecord>
{
    public async ValueTask<AssessmentRecord> Handle(ReviseAssessment command, CancellationToken cancellationToken) =>
        await runner.WorkAsync(await TaskLookup.CaseOfAsync(db, command.TaskId, cancellationToken), async (record, ct) =>
        {
            var task = await TaskLookup.FindAsync(db, command.TaskId, ct);
            if (task.Form != AssessmentJournalKinds.RevisionForm)
                throw new CommandRejectedException(Rejection.Conflict, ApiErrors.NotARevisionTask,
                    $"task {task.Id} is not a revision task: an assessment is revised only after a challenge with a reason");
            WorkPermissions.EnsureCanWork(task, command.Actor);
            command.Assessment.Validate(clock.GetUtcNow());
            var challenge = await db.AssessmentReviews.AsNoTracking().SingleOrDefaultAsync(r => r.RevisionTaskId == task.Id, ct)
                ?? throw new CommandRejectedException(Rejection.Conflict, ApiErrors.NoChallengeForRevision, "there is no challenge for this revision task");
            var previous = await db.Assessments.AsNoTracking().Where(a => a.CaseId == task.CaseId).OrderByDescending(a => a.Version).FirstAsync(ct);
            var now = clock.GetUtcNow();
            var revised = new AssessmentRecord
            {
                CaseId = task.CaseId, Version = previous.Version + 1, AssessorId = command.Actor.Id, Discipline = previous.Discipline,
                RecordedAt = now, FormJson = CaseStateJson.SerializeData(command.Assessment),
            };
            db.Assessments.Add(revised);
            ReviewTasks.Offer(db, task.CaseId, task.Locality, task.Team, now);
            task.Status = WorkTaskStatus.Completed;
            task.CompletedAt = now;
            task.CompletedBy = command.Actor.Id;
            task.OutputJson = revised.FormJson;
            task.Revision++;
            CaseJournal.Append(db, record, AssessmentJournalKinds.Revised, command.Actor.Id, now, new Dictionary<string, object?>
            {
                ["version"] = revised.Version, ["by"] = command.Actor.Id, ["discipline"] = revised.Discipline, ["answers"] = challenge.Reason,
            });
            return revised;
        }, cancellationToken);
}
