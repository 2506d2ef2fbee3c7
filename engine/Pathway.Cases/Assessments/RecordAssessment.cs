using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.People;
using Pathway.Cases.Worklist;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Assessments;

/// <summary>The best-placed assessor completes the trusted-assessment task: the first, and only, assessment of the case.</summary>
public sealed record RecordAssessment(long TaskId, TrustedAssessment Assessment, Actor Actor) : ICommand<CaseOutcome>, ITaskScoped;

public sealed class RecordAssessmentHandler(FormTask forms, TimeProvider clock) : ICommandHandler<RecordAssessment, CaseOutcome>
{
    public async ValueTask<CaseOutcome> Handle(RecordAssessment command, CancellationToken cancellationToken)
    {
        var task = await forms.OpenAsync(command.TaskId, AssessmentJournalKinds.Form, command.Actor, cancellationToken);
        command.Assessment.Validate(clock.GetUtcNow());
        var discipline = Disciplines.Of(command.Actor) ?? task.Role;
        var output = command.Assessment.ToCaseVariables(clock.GetUtcNow());
        output["assessedBy"] = command.Actor.Id;
        output["assessorDiscipline"] = discipline;
        return await forms.CompleteAsync(task, output, command.Assessment, command.Actor, (context, record, now) =>
        {
            context.Assessments.Add(new AssessmentRecord
            {
                CaseId = task.CaseId, Version = 1, AssessorId = command.Actor.Id, Discipline = discipline, RecordedAt = now,
                FormJson = CaseStateJson.SerializeData(command.Assessment),
            });
            ReviewTasks.Offer(context, task.CaseId, record.Locality, CaseVariables.Team(record), now);
            CaseJournal.Append(context, record, AssessmentJournalKinds.Recorded, command.Actor.Id, now,
                new Dictionary<string, object?> { ["version"] = 1, ["by"] = command.Actor.Id, ["discipline"] = discipline, ["firstContactAt"] = output["firstContactAt"] });
        }, cancellationToken, EnsureNoAssessmentAsync);
    }

    private static async Task EnsureNoAssessmentAsync(PathwayDbContext db, CaseRecord record, CancellationToken cancellationToken)
    {
        if (await db.Assessments.AsNoTracking().Where(a => a.CaseId == record.Id).OrderBy(a => a.Version).FirstOrDefaultAsync(cancellationToken) is { } first)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.AssessmentAlreadyRecorded,
                $"this case's trusted assessment was already recorded by {first.AssessorId} ({first.Discipline}) at {Moments.Show(first.RecordedAt)}; another discipline may challenge it, with a reason");
    }
}
