using Mediator;
using Pathway.Cases.Worklist;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Huddles;

/// <summary>
/// Marks done an MDT action that case work made itself, as an ad-hoc task with no bookmark: how MDT
/// decisions recorded their actions before the pathway ran them as its "MDT action" task. Such tasks
/// stay open on cases decided then, and no pathway step waits for them, so they are completed here,
/// outside the engine, as they always were: by their owner or role, once, journalled as
/// <c>action.completed</c>, in one unit with the case's version check.
/// </summary>
public sealed record CompleteAdHocAction(long TaskId, string? Note, Actor Actor) : ICommand<WorkTaskRecord>, ITaskScoped;

public sealed class CompleteAdHocActionHandler(PathwayDbContext db, CaseRunner runner, TimeProvider clock) : ICommandHandler<CompleteAdHocAction, WorkTaskRecord>
{
    /// <summary>An MDT action task made by case work, not offered by a pathway step.</summary>
    public static bool IsAdHoc(WorkTaskRecord task) => task.BookmarkId is null && task.Form == RecordMdtDecisionHandler.ActionForm;

    public async ValueTask<WorkTaskRecord> Handle(CompleteAdHocAction command, CancellationToken cancellationToken) =>
        await runner.WorkAsync(await TaskLookup.CaseOfAsync(db, command.TaskId, cancellationToken), async (record, ct) =>
        {
            // As read with its case, or afresh after a lost race: the loser is refused with who completed it, and when.
            var task = await TaskLookup.FindAsync(db, command.TaskId, ct);
            if (!IsAdHoc(task))
                throw new CommandRejectedException(Rejection.Invalid, ApiErrors.WrongForm,
                    $"task {task.Id} is not an ad-hoc MDT action; complete it with its form '{task.Form}'");
            WorkPermissions.EnsureCanWork(task, command.Actor);
            var now = clock.GetUtcNow();
            var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
            task.Status = WorkTaskStatus.Completed;
            task.CompletedAt = now;
            task.CompletedBy = command.Actor.Id;
            task.OutputJson = CaseStateJson.SerializeData(new Dictionary<string, object?> { ["note"] = note });
            task.Revision++;
            CaseJournal.Append(db, record, WorklistJournalKinds.ActionCompleted, command.Actor.Id, now,
                new Dictionary<string, object?> { ["task"] = task.Id, ["name"] = task.Name, ["note"] = note });
            return task;
        }, cancellationToken);
}
