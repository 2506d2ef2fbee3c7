using Mediator;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

/// <summary>Completes an ad-hoc task (an MDT action) outside the pathway, once, by its owner or role.</summary>
public sealed record CompleteAction(long TaskId, string? Note, Actor Actor) : ICommand<WorkTaskRecord>, ITaskScoped;

public sealed class CompleteActionHandler(PathwayDbContext db, CaseRunner runner, TimeProvider clock) : ICommandHandler<CompleteAction, WorkTaskRecord>
{
    public const string Form = "mdt-action";

    public async ValueTask<WorkTaskRecord> Handle(CompleteAction command, CancellationToken cancellationToken) =>
        await runner.WorkAsync(await TaskLookup.CaseOfAsync(db, command.TaskId, cancellationToken), async (record, ct) =>
        {
            var task = await TaskLookup.FindAsync(db, command.TaskId, ct);
            WorkPermissions.EnsureCanWork(task, command.Actor);
            if (task.BookmarkId is not null || task.Form != Form)
                throw new CommandRejectedException(Rejection.Invalid, ApiErrors.WrongForm, $"task {task.Id} takes the form '{task.Form}'; complete it with that form");
            var now = clock.GetUtcNow();
            task.Status = WorkTaskStatus.Completed;
            task.CompletedAt = now;
            task.CompletedBy = command.Actor.Id;
            task.OutputJson = CaseStateJson.SerializeData(new Dictionary<string, object?> { ["note"] = command.Note });
            task.Revision++;
            CaseJournal.Append(db, record, WorklistJournalKinds.ActionCompleted, command.Actor.Id, now,
                new Dictionary<string, object?> { ["task"] = task.Id, ["name"] = task.Name, ["note"] = command.Note });
            return task;
        }, cancellationToken);
}
