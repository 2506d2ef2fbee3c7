using Pathway.Runtime.Cases;
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
        if (WhyClosed(task) is { } closed)
            return closed;
        if (task.Status == WorkTaskStatus.InProgress && task.Owner != actor.Id)
            return new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskClaimedByOther, $"task {task.Id} is claimed by {task.Owner}; ask them or a coordinator to release it");
        if (task.Owner != actor.Id && !actor.HasRole(task.Role))
            return new CommandRejectedException(Rejection.Forbidden, ApiErrors.RoleNotHeld, $"task {task.Id} is for the role '{task.Role}', which you do not hold");
        return null;
    }

    /// <summary>A finished task is refused with who finished it and when, so the loser of a race knows what happened.</summary>
    public static void EnsureOpen(WorkTaskRecord task)
    {
        if (WhyClosed(task) is { } closed)
            throw closed;
    }

    /// <summary>Why a finished task can take no more work, or null while it is open.</summary>
    public static CommandRejectedException? WhyClosed(WorkTaskRecord task) => task.Status switch
    {
        WorkTaskStatus.Completed => new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskAlreadyDone,
            $"task {task.Id} was already completed by {task.CompletedBy} at {(task.CompletedAt is { } at ? Moments.Show(at) : "an unknown time")}"),
        WorkTaskStatus.Cancelled => new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskAlreadyDone,
            $"task {task.Id} was already cancelled: the case moved on without it"),
        _ => null,
    };
}
