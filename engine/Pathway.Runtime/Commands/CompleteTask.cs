using Mediator;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>Completes a worklist task with its form data, once, by someone holding its role or owning it.</summary>
public sealed record CompleteTask(long TaskId, IReadOnlyDictionary<string, object?> Output, Actor Actor) : ICommand<CaseOutcome>, ITaskScoped;

public sealed class CompleteTaskHandler(PathwayDbContext db, CaseRunner runner) : ICommandHandler<CompleteTask, CaseOutcome>
{
    public async ValueTask<CaseOutcome> Handle(CompleteTask command, CancellationToken cancellationToken)
    {
        var read = await RowsById.TaskWithCaseAsync(db, command.TaskId, cancellationToken) ?? throw NoSuchTask(command.TaskId);
        var task = read.Task;
        TaskRules.EnsureCanWork(task, command.Actor);
        var bookmarkId = task.BookmarkId
            ?? throw new CommandRejectedException(Rejection.Conflict, ApiErrors.TaskOutsidePathway, "this task is not part of the pathway; close it from the case");
        var output = CaseStateJson.SerializeData(command.Output);
        var outcome = await runner.ApplyAsync(read.Case, _ => new TaskCompleted(bookmarkId, command.Output), command.Actor.Id, cancellationToken,
            (context, _) => context.WorkTasks.Local
                .Where(t => t.Id == task.Id)
                .ToList()
                .ForEach(t => t.OutputJson = output),
            // Checked on the task as the attempt tracks it; an attempt after a lost race reads it again,
            // so the loser hears who completed the task, and when.
            async (context, _, ct) => TaskRules.EnsureCanWork(await context.WorkTasks.FindAsync([task.Id], ct) ?? throw NoSuchTask(task.Id), command.Actor));
        return outcome;
    }

    private static CommandRejectedException NoSuchTask(long id) => new(Rejection.NotFound, ApiErrors.TaskNotFound, $"there is no task {id}");
}
