using Mediator;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;

namespace Pathway.Runtime.Commands;

/// <summary>A timer came due. Firing one that already fired, or whose task finished first, changes nothing.</summary>
public sealed record FireTimer(Guid CaseId, string BookmarkId) : ICommand<CaseOutcome?>;

public sealed class FireTimerHandler(CaseRunner runner) : ICommandHandler<FireTimer, CaseOutcome?>
{
    public async ValueTask<CaseOutcome?> Handle(FireTimer command, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.ApplyAsync(command.CaseId, _ => new TimerFired(command.BookmarkId), Actor.System.Id, cancellationToken);
        }
        catch (EngineException ex) when (ex.Code == EngineErrors.CaseNotRunning)
        {
            return null;
        }
        catch (CaseNotFoundException)
        {
            return null;
        }
    }
}
