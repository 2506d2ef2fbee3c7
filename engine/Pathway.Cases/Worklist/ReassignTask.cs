using Mediator;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

/// <summary>
/// A coordinator gives a task to a named person, or to another role's worklist. A task someone
/// else has claimed is released first (a step they see), never taken out of their hands mid-form.
/// </summary>
public sealed record ReassignTask(long TaskId, string? ToPerson, string? ToRole, Actor Actor) : ICommand<WorkTaskRecord>, ITaskScoped;

public sealed class ReassignTaskHandler(PathwayDbContext db, CaseRunner runner, TimeProvider clock) : ICommandHandler<ReassignTask, WorkTaskRecord>
{
    public async ValueTask<WorkTaskRecord> Handle(ReassignTask command, CancellationToken cancellationToken)
    {
        if (WorkPermissions.WhyNotReassign(command.Actor) is { } notCoordinator)
            throw notCoordinator;
        if (string.IsNullOrWhiteSpace(command.ToPerson) == string.IsNullOrWhiteSpace(command.ToRole))
            throw new CommandRejectedException(Rejection.Invalid, ApiErrors.ReassignTarget, "give exactly one of toPerson (a user id) or toRole (a role id)");
        return await runner.WorkAsync(await TaskLookup.CaseOfAsync(db, command.TaskId, cancellationToken), async (record, ct) =>
        {
            var task = await TaskLookup.FindAsync(db, command.TaskId, ct);
            if (WorkPermissions.WhyNotReassign(task, command.Actor) is { } refusal)
                throw refusal;
            if (command.ToPerson is { Length: > 0 } person)
            {
                task.Owner = person.Trim();
                task.Status = WorkTaskStatus.InProgress;
            }
            else
            {
                task.Role = command.ToRole!.Trim();
                task.Owner = null;
                task.Status = WorkTaskStatus.Ready;
            }
            task.Revision++;
            CaseJournal.Append(db, record, WorklistJournalKinds.Reassigned, command.Actor.Id, clock.GetUtcNow(),
                new Dictionary<string, object?> { ["task"] = task.Id, ["toPerson"] = command.ToPerson, ["toRole"] = command.ToRole });
            return task;
        }, cancellationToken);
    }
}
