using Pathway.Runtime.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>Who may work a task: one holding its role, or the person who claimed it; never a finished one.</summary>
public static class TaskRules
{
    public static void EnsureCanWork(WorkTaskRecord task, Actor actor)
    {
        EnsureOpen(task);
        if (task.Status == WorkTaskStatus.InProgress && task.Owner != actor.Id)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskClaimedByOther, $"task {task.Id} is claimed by {task.Owner}; ask them or a coordinator to release it");
        if (task.Owner != actor.Id && !actor.HasRole(task.Role))
            throw new CommandRejectedException(Rejection.Forbidden, ApiErrors.RoleNotHeld, $"task {task.Id} is for the role '{task.Role}', which you do not hold");
    }

    /// <summary>A finished task is refused with who finished it and when, so the loser of a race knows what happened.</summary>
    public static void EnsureOpen(WorkTaskRecord task)
    {
        if (task.Status == WorkTaskStatus.Completed)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskAlreadyDone,
                $"task {task.Id} was already completed by {task.CompletedBy} at {(task.CompletedAt is { } at ? Moments.Show(at) : "an unknown time")}");
        if (task.Status == WorkTaskStatus.Cancelled)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskAlreadyDone, $"task {task.Id} was already cancelled: the case moved on without it");
    }
}
