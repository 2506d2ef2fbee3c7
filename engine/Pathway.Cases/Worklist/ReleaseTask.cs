using Mediator;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

/// <summary>Puts a claimed task back on its role's worklist; its owner or a coordinator may.</summary>
public sealed record ReleaseTask(long TaskId, Actor Actor) : ICommand<WorkTaskRecord>, ITaskScoped;

public sealed class ReleaseTaskHandler(PathwayDbContext db, TimeProvider clock) : ICommandHandler<ReleaseTask, WorkTaskRecord>
{
    public async ValueTask<WorkTaskRecord> Handle(ReleaseTask command, CancellationToken cancellationToken)
    {
        var task = await TaskLookup.FindAsync(db, command.TaskId, cancellationToken);
        if (WorkPermissions.WhyNotRelease(task, command.Actor) is { } refusal)
            throw refusal;
        var previous = task.Owner;
        task.Owner = null;
        task.Status = WorkTaskStatus.Ready;
        await CaseJournal.AppendAsync(db, task.CaseId, WorklistJournalKinds.Released, command.Actor.Id, clock.GetUtcNow(),
            new Dictionary<string, object?> { ["task"] = task.Id, ["from"] = previous }, cancellationToken);
        await TaskLookup.SaveAsync(db, task, cancellationToken);
        return task;
    }
}
