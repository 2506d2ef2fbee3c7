using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

/// <summary>
/// Completes a pathway task whose form a case-work command has validated, writing the
/// command's own rows (an assessment, a decision) in the same transaction as the step.
/// </summary>
public sealed class FormTask(PathwayDbContext db, CaseRunner runner, TimeProvider clock)
{
    /// <summary>
    /// Refuses early, before the form is validated, a task that is not this form's or not the actor's
    /// to work. The task is read with its case, both tracked, and completing it starts from them.
    /// </summary>
    public async Task<WorkTaskRecord> OpenAsync(long taskId, string form, Actor actor, CancellationToken cancellationToken)
    {
        var task = (await RowsById.TaskWithCaseAsync(db, taskId, cancellationToken))?.Task
            ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.TaskNotFound, $"there is no task {taskId}");
        if (task.Form != form)
            throw new CommandRejectedException(Rejection.Invalid, ApiErrors.WrongForm, $"task {taskId} takes the form '{task.Form}', not '{form}'");
        WorkPermissions.EnsureCanWork(task, actor);
        if (task.BookmarkId is null)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskOutsidePathway, $"task {taskId} is not part of the pathway");
        return task;
    }

    /// <summary>
    /// Completes the task in one unit with its case's version check. The first attempt starts from the
    /// task and case as <see cref="OpenAsync"/> read them; each attempt after a lost race reads them
    /// afresh. Every attempt runs <paramref name="check"/> (the command's own conditions) before staging,
    /// so the loser of a race is refused with what the winner did instead of writing beside it.
    /// </summary>
    public async Task<CaseOutcome> CompleteAsync(
        WorkTaskRecord task, IReadOnlyDictionary<string, object?> output, object form, Actor actor,
        Action<PathwayDbContext, CaseRecord, DateTimeOffset> stage, CancellationToken cancellationToken,
        CaseRunner.Check? check = null)
    {
        var staged = false;
        // Tracked since OpenAsync read it with the task, so found without reading it again.
        var tracked = await db.Cases.FindAsync([task.CaseId], cancellationToken) ?? throw new CaseNotFoundException(task.CaseId);
        var outcome = await runner.ApplyAsync(tracked, _ => new TaskCompleted(task.BookmarkId!, output), actor.Id, cancellationToken, (context, _) =>
        {
            staged = true;
            context.WorkTasks.Local.Where(t => t.Id == task.Id).ToList().ForEach(t => t.OutputJson = CaseStateJson.SerializeData(form));
            var record = context.Cases.Local.Single(c => c.Id == task.CaseId);
            stage(context, record, clock.GetUtcNow());
        }, async (context, record, ct) =>
        {
            staged = false;
            WorkPermissions.EnsureCanWork(await TaskLookup.FindAsync(context, task.Id, ct), actor);
            if (check is not null)
                await check(context, record, ct);
        });
        if (!staged)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskAlreadyDone, $"task {task.Id} is no longer waiting to be completed");
        return outcome;
    }
}
