using Mediator;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Access;

/// <summary>
/// Team access for every case and task command, in the mediator pipeline: the command is refused
/// (404 for an unknown case or task, 403 for another team's) before its handler reads anything more.
/// </summary>
public sealed class TeamAccessBehavior<TMessage, TResponse>(PathwayDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case ICaseScoped command when !TeamAccess.SeesAllTeams(command.Actor):
                var record = await RowsById.CaseAsRead.RunAsync(db, command.CaseId, cancellationToken)
                    ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.CaseNotFound, $"there is no case {command.CaseId}");
                TeamAccess.Ensure(command.Actor, TeamAccess.TeamOf(record));
                break;
            case ITaskScoped command when !TeamAccess.SeesAllTeams(command.Actor):
                // Read with its case and tracked: the handler then starts from them rather than reading them again.
                var task = (await RowsById.TaskWithCaseAsync(db, command.TaskId, cancellationToken))?.Task
                    ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.TaskNotFound, $"there is no task {command.TaskId}");
                TeamAccess.Ensure(command.Actor, TeamAccess.TeamOf(task));
                break;
        }
        return await next(message, cancellationToken);
    }
}
