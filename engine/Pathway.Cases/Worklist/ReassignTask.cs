using Mediator;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

/// <summary>A coordinator gives a task to a named person, or to another role's worklist.</summary>
public sealed record ReassignTask(long TaskId, string? ToPerson, string? ToRole, Actor Actor) : ICommand<WorkTaskRecord>, ITaskScoped;

public sealed class ReassignTaskHandler(PathwayDbContext db, TimeProvider clock) : ICommandHandler<ReassignTask, WorkTaskRecord>
{
    public async ValueTask<WorkTaskRecord> Handle(ReassignTask command, CancellationToken cancellationToken)
    {
        var task = await TaskLookup.FindAsync(db, command.TaskId, cancellationToken);
        if (WorkPermissions.WhyNotReassign(task, command.Actor) is { } refusal)
            throw refusal;
        if (string.IsNullOrWhiteSpace(command.ToPerson) == string.IsNullOrWhiteSpace(command.ToRole))
            throw new CommandRejectedException(Rejection.Invalid, "PW4005", "give exactly one of toPerson (a user id) or toRole (a role id)");
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
        await CaseJournal.AppendAsync(db, task.CaseId, WorklistJournalKinds.Reassigned, command.Actor.Id, clock.GetUtcNow(),
            new Dictionary<string, object?> { ["task"] = task.Id, ["toPerson"] = command.ToPerson, ["toRole"] = command.ToRole }, cancellationToken);
        await TaskLookup.SaveAsync(db, task, cancellationToken);
        return task;
    }
}
