using Mediator;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

/// <summary>Puts a claimed task back on its role's worklist; its owner or a coordinator may.</summary>
public sealed record ReleaseTask(long TaskId, Actor Actor) : ICommand<WorkTaskRecord>, ITaskScoped;

public sealed class ReleaseTaskHandler(PathwayDbContext db, CaseRunner runner, TimeProvider clock) : ICommandHandler<ReleaseTask, WorkTaskRecord>
{
    public async ValueTask<WorkTaskRecord> Handle(ReleaseTask command, CancellationToken cancellationToken) =>
        await runner.WorkAsync(await TaskLookup.CaseOfAsync(db, command.TaskId, cancellationToken), async (record, ct) =>
        {
            var task = await TaskLookup.FindAsync(db, command.TaskId, ct);
            if (WorkPermissions.WhyNotRelease(task, command.Actor) is { } refusal)
                throw refusal;
            var previous = task.Owner;
            task.Owner = null;
            task.Status = WorkTaskStatus.Ready;
            task.Revision++;
            CaseJournal.Append(db, record, WorklistJournalKinds.Released, command.Actor.Id, clock.GetUtcNow(),
                new Dictionary<string, object?> { ["task"] = task.Id, ["from"] = previous });
            return task;
        }, cancellationToken);
}
