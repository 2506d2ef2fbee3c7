using Pathway.Cases.Closure;
using Pathway.Cases.Handovers;
using Pathway.Cases.People;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

/// <summary>
/// Who may claim, complete, release and reassign a case-work task. The command handlers enforce these
/// rules and the pages ask them before offering a button, so a page never offers what a command refuses.
/// </summary>
public static class WorkPermissions
{
    /// <summary>
    /// The steps that finish a case. A coordinator may take them when the assessor is away, so no
    /// case is left open for want of one person.
    /// </summary>
    public static readonly IReadOnlySet<string> CoordinatorMayFinish = new HashSet<string>(StringComparer.Ordinal) { HandOverHandler.Form, CloseCaseHandler.Form };

    public static CommandRejectedException? WhyNotWork(WorkTaskRecord task, Actor actor) =>
        Assessments.ReviewTasks.WhyNotWorkDirectly(task)
        ?? TaskRules.WhyNotWork(task, StandsIn(task, actor) ? actor with { Roles = [.. actor.Roles, task.Role] } : actor);

    public static bool CanWork(WorkTaskRecord task, Actor actor) => WhyNotWork(task, actor) is null;

    public static void EnsureCanWork(WorkTaskRecord task, Actor actor)
    {
        if (WhyNotWork(task, actor) is { } refusal)
            throw refusal;
    }

    /// <summary>A claimed task goes back on its role's list by its owner or a coordinator.</summary>
    public static CommandRejectedException? WhyNotRelease(WorkTaskRecord task, Actor actor)
    {
        if (task.Status is WorkTaskStatus.Completed or WorkTaskStatus.Cancelled)
            return new CommandRejectedException(Rejection.Conflict, "PW4090", $"task {task.Id} is already {task.Status.ToString().ToLowerInvariant()}");
        if (task.Owner is null)
            return new CommandRejectedException(Rejection.Conflict, "PW4096", $"task {task.Id} is not claimed, so there is nothing to release");
        if (task.Owner != actor.Id && !actor.HasRole(Disciplines.Coordinator))
            return new CommandRejectedException(Rejection.Forbidden, "PW4031", $"task {task.Id} is claimed by {task.Owner}; only they or a coordinator may release it");
        return null;
    }

    /// <summary>A coordinator gives any open task to a person or another role.</summary>
    public static CommandRejectedException? WhyNotReassign(WorkTaskRecord task, Actor actor)
    {
        if (!actor.HasRole(Disciplines.Coordinator))
            return new CommandRejectedException(Rejection.Forbidden, "PW4032", "only a coordinator may reassign tasks");
        if (task.Status is WorkTaskStatus.Completed or WorkTaskStatus.Cancelled)
            return new CommandRejectedException(Rejection.Conflict, "PW4090", $"task {task.Id} is already {task.Status.ToString().ToLowerInvariant()}");
        return null;
    }

    private static bool StandsIn(WorkTaskRecord task, Actor actor) =>
        task.Form is { } form && CoordinatorMayFinish.Contains(form) && actor.HasRole(Disciplines.Coordinator);
}
