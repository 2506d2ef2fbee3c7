using Mediator;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

/// <summary>Takes a ready task off the shared worklist: it becomes the actor's, in progress.</summary>
public sealed record ClaimTask(long TaskId, Actor Actor) : ICommand<WorkTaskRecord>, ITaskScoped;

public sealed class ClaimTaskHandler(PathwayDbContext db, TimeProvider clock) : ICommandHandler<ClaimTask, WorkTaskRecord>
{
    public async ValueTask<WorkTaskRecord> Handle(ClaimTask command, CancellationToken cancellationToken)
    {
        var task = await TaskLookup.FindAsync(db, command.TaskId, cancellationToken);
        WorkPermissions.EnsureCanWork(task, command.Actor);
        if (task.Owner == command.Actor.Id)
            return task;
        task.Owner = command.Actor.Id;
        task.Status = WorkTaskStatus.InProgress;
        await CaseJournal.AppendAsync(db, task.CaseId, WorklistJournalKinds.Claimed, command.Actor.Id, clock.GetUtcNow(),
            new Dictionary<string, object?> { ["task"] = task.Id, ["name"] = task.Name }, cancellationToken);
        await TaskLookup.SaveAsync(db, task, cancellationToken);
        return task;
    }
}
