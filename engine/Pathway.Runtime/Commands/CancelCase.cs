using Mediator;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;

namespace Pathway.Runtime.Commands;

/// <summary>Withdraws a case (a revoked referral): its tasks and timers end, its journal stays.</summary>
public sealed record CancelCase(Guid CaseId, string Reason, Actor Actor) : ICommand<CaseOutcome>;

public sealed class CancelCaseHandler(CaseRunner runner) : ICommandHandler<CancelCase, CaseOutcome>
{
    public async ValueTask<CaseOutcome> Handle(CancelCase command, CancellationToken cancellationToken) =>
        await runner.ApplyAsync(command.CaseId, _ => new CaseCancelled(command.Reason), command.Actor.Id, cancellationToken);
}
