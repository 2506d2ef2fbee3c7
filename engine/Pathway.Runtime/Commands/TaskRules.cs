using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>Who may work a task: one holding its role, or the person who claimed it; never a finished one.</summary>
public static class TaskRules
{
    public static void EnsureCanWork(WorkTaskRecord task, Actor actor)
    {
        if (WhyNotWork(task, actor) is { } refusal)
            throw refusal;
    }

    /// <summary>Why the actor may not work the task, or null when they may: pages ask this before offering the task.</summary>
    public static CommandRejectedException? WhyNotWork(WorkTaskRecord task, Actor actor)
    {
        if (task.Status is WorkTaskStatus.Completed or WorkTaskStatus.Cancelled)
            return new CommandRejectedException(Rejection.Conflict, "PW4090", $"task {task.Id} is already {task.Status.ToString().ToLowerInvariant()}");
        if (task.Status == WorkTaskStatus.InProgress && task.Owner != actor.Id)
            return new CommandRejectedException(Rejection.Conflict, "PW4092", $"task {task.Id} is claimed by {task.Owner}; ask them or a coordinator to release it");
        if (task.Owner != actor.Id && !actor.HasRole(task.Role))
            return new CommandRejectedException(Rejection.Forbidden, "PW4030", $"task {task.Id} is for the role '{task.Role}', which you do not hold");
        return null;
    }
}
