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

public sealed class ReviseAssessmentHandler(PathwayDbContext db, TimeProvider clock) : ICommandHandler<ReviseAssessment, AssessmentRecord>
{
    public async ValueTask<AssessmentRecord> Handle(ReviseAssessment command, CancellationToken cancellationToken)
    {
        var task = await TaskLookup.FindAsync(db, command.TaskId, cancellationToken);
        if (task.Form != AssessmentJournalKinds.RevisionForm)
            throw new CommandRejectedException(Rejection.Conflict, "PW4101",
                $"task {task.Id} is not a revision task: an assessment is revised only after a challenge with a reason");
        WorkPermissions.EnsureCanWork(task, command.Actor);
        command.Assessment.Validate(clock.GetUtcNow());
        var challenge = await db.AssessmentReviews.SingleOrDefaultAsync(r => r.RevisionTaskId == task.Id, cancellationToken)
            ?? throw new CommandRejectedException(Rejection.Conflict, "PW4101", "there is no challenge for this revision task");
        var previous = await db.Assessments.AsNoTracking().Where(a => a.CaseId == task.CaseId).MaxAsync(a => a.Version, cancellationToken);
        var now = clock.GetUtcNow();
        var revised = new AssessmentRecord
        {
            CaseId = task.CaseId, Version = previous + 1, AssessorId = command.Actor.Id,
            Discipline = (await db.Assessments.AsNoTracking().SingleAsync(a => a.CaseId == task.CaseId && a.Version == previous, cancellationToken)).Discipline,
            RecordedAt = now, FormJson = CaseStateJson.SerializeData(command.Assessment),
        };
        db.Assessments.Add(revised);
        ReviewTasks.Offer(db, task.CaseId, task.Locality, task.Team, now);
        task.Status = WorkTaskStatus.Completed;
        task.CompletedAt = now;
        task.CompletedBy = command.Actor.Id;
        task.OutputJson = revised.FormJson;
        await CaseJournal.AppendAsync(db, task.CaseId, AssessmentJournalKinds.Revised, command.Actor.Id, now, new Dictionary<string, object?>
        {
            ["version"] = revised.Version, ["by"] = command.Actor.Id, ["discipline"] = revised.Discipline, ["answers"] = challenge.Reason,
        }, cancellationToken);
        await TaskLookup.SaveAsync(db, task, cancellationToken);
        return revised;
    }
}
