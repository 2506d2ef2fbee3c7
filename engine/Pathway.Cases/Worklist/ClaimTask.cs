using Mediator;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

/// <summary>Takes a ready task off the shared worklist: it becomes the actor's, in progress. Claiming your own task again changes nothing.</summary>
public sealed record ClaimTask(long TaskId, Actor Actor) : ICommand<WorkTaskRecord>, ITaskScoped;

public sealed class ClaimTaskHandler(PathwayDbContext db, CaseRunner runner, TimeProvider clock) : ICommandHandler<ClaimTask, WorkTaskRecord>
{
    public async ValueTask<WorkTaskRecord> Handle(ClaimTask command, CancellationToken cancellationToken) =>
        await runner.WorkAsync(await TaskLookup.CaseOfAsync(db, command.TaskId, cancellationToken), async (record, ct) =>
        {
            var task = await TaskLookup.FindAsync(db, command.TaskId, ct);
            WorkPermissions.EnsureCanWork(task, command.Actor);
            if (task.Owner == command.Actor.Id)
                return task;
            task.Owner = command.Actor.Id;
            task.Status = WorkTaskStatus.InProgress;
            task.Revision++;
            CaseJournal.Append(db, record, WorklistJournalKinds.Claimed, command.Actor.Id, clock.GetUtcNow(),
                new Dictionary<string, object?> { ["task"] = task.Id, ["name"] = task.Name });
            return task;
        }, cancellationToken);
}
