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
        if (TaskRules.WhyClosed(task) is { } closed)
            return closed;
        if (task.Owner is null)
            return new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskNotClaimed, $"task {task.Id} is not claimed, so there is nothing to release");
        if (task.Owner != actor.Id && !actor.HasRole(Disciplines.Coordinator))
            return new CommandRejectedException(Rejection.Forbidden, ApiErrors.ReleaseNotOwner, $"task {task.Id} is claimed by {task.Owner}; only they or a coordinator may release it");
        return null;
    }

    /// <summary>Only a coordinator reassigns: asked before the request's body is read.</summary>
    public static CommandRejectedException? WhyNotReassign(Actor actor) =>
        actor.HasRole(Disciplines.Coordinator) ? null : new CommandRejectedException(Rejection.Forbidden, ApiErrors.ReassignNotCoordinator, "only a coordinator may reassign tasks");

    /// <summary>
    /// A coordinator gives an open task to a person or another role. A task someone else has claimed
    /// is released first (a step they see), never taken out of their hands mid-form.
    /// </summary>
    public static CommandRejectedException? WhyNotReassign(WorkTaskRecord task, Actor actor)
    {
        if (WhyNotReassign(actor) is { } notCoordinator)
            return notCoordinator;
        if (TaskRules.WhyClosed(task) is { } closed)
            return closed;
        if (task.Owner is { } owner && owner != actor.Id)
            return new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskInOtherHands,
                $"task {task.Id} is claimed by {owner}; release it first (as a coordinator you may), then reassign it");
        return null;
    }

    private static bool StandsIn(WorkTaskRecord task, Actor actor) =>
        task.Form is { } form && CoordinatorMayFinish.Contains(form) && actor.HasRole(Disciplines.Coordinator);
}
