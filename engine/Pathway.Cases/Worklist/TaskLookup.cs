using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

internal static class TaskLookup
{
    public static async Task<WorkTaskRecord> FindAsync(PathwayDbContext db, long taskId, CancellationToken cancellationToken) =>
        await db.WorkTasks.SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            ?? throw new CommandRejectedException(Rejection.NotFound, "PW4040", $"there is no task {taskId}");

    /// <summary>Saves a worklist change; a task changed meanwhile (claimed by another) is a conflict, not a lost update.</summary>
    public static async Task SaveAsync(PathwayDbContext db, WorkTaskRecord task, CancellationToken cancellationToken)
    {
        task.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new CommandRejectedException(Rejection.Conflict, "PW4095", $"task {task.Id} changed meanwhile; reload the worklist and try again");
        }
    }
}
