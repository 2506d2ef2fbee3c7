using Mediator;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;

namespace Pathway.Runtime.Commands;

/// <summary>
/// A timer came due. Firing one that already fired, or whose task finished first, changes nothing.
/// <paramref name="FiredBy"/> names the scheduler node that fired it (Quartz's instance id), which
/// the journal records as the actor, so a cluster's journal says which host fired each timer.
/// </summary>
public sealed record FireTimer(Guid CaseId, string BookmarkId, string? FiredBy = null) : ICommand<CaseOutcome?>
{
    public const string NodeActorPrefix = "quartz:";

    public string ActorId => FiredBy is null ? Actor.System.Id : NodeActorPrefix + FiredBy;
}

public sealed class FireTimerHandler(CaseRunner runner) : ICommandHandler<FireTimer, CaseOutcome?>
{
    public async ValueTask<CaseOutcome?> Handle(FireTimer command, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.ApplyAsync(command.CaseId, _ => new TimerFired(command.BookmarkId), command.ActorId, cancellationToken);
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
