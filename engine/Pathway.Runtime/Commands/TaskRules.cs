using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>Who may work a task: one holding its role, or the person who claimed it; never a finished one.</summary>
public static class TaskRules
{
    public static void EnsureCanWork(WorkTaskRecord task, Actor actor)
    {
        if (task.Status is WorkTaskStatus.Completed or WorkTaskStatus.Cancelled)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskAlreadyDone, $"task {task.Id} is already {task.Status.ToString().ToLowerInvariant()}");
        if (task.Status == WorkTaskStatus.InProgress && task.Owner != actor.Id)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskClaimedByOther, $"task {task.Id} is claimed by {task.Owner}; ask them or a coordinator to release it");
        if (task.Owner != actor.Id && !actor.HasRole(task.Role))
            throw new CommandRejectedException(Rejection.Forbidden, ApiErrors.RoleNotHeld, $"task {task.Id} is for the role '{task.Role}', which you do not hold");
    }
}
