using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

internal static class TaskLookup
{
    /// <summary>The case a task belongs to: which case's unit of work a command on the task runs in.</summary>
    public static async Task<Guid> CaseOfAsync(PathwayDbContext db, long taskId, CancellationToken cancellationToken) =>
        await db.WorkTasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => (Guid?)t.CaseId).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFound(taskId);

    /// <summary>The task as it is now, tracked, for a command deciding inside its case's unit of work.</summary>
    public static async Task<WorkTaskRecord> FindAsync(PathwayDbContext db, long taskId, CancellationToken cancellationToken) =>
        await RowsById.Task.RunAsync(db, taskId, cancellationToken) ?? throw NotFound(taskId);

    private static CommandRejectedException NotFound(long taskId) => new(Rejection.NotFound, ApiErrors.TaskNotFound, $"there is no task {taskId}");
}
