using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

internal static class TaskLookup
{
    /// <summary>
    /// The case a task belongs to, whose unit of work a command on the task runs in: read with the
    /// task in one statement, both tracked, so the command's first attempt starts from them (its <c>tracked</c> case).
    /// </summary>
    public static async Task<CaseRecord> CaseOfAsync(PathwayDbContext db, long taskId, CancellationToken cancellationToken) =>
        (await RowsById.TaskWithCaseAsync(db, taskId, cancellationToken))?.Case ?? throw NotFound(taskId);

    /// <summary>
    /// The task, tracked, for a command deciding inside its case's unit of work: as read with its case
    /// for this attempt, or read now by an attempt after a lost race.
    /// </summary>
    public static async Task<WorkTaskRecord> FindAsync(PathwayDbContext db, long taskId, CancellationToken cancellationToken) =>
        await db.WorkTasks.FindAsync([taskId], cancellationToken) ?? throw NotFound(taskId);

    private static CommandRejectedException NotFound(long taskId) => new(Rejection.NotFound, ApiErrors.TaskNotFound, $"there is no task {taskId}");
}
