using Mediator;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;

namespace Pathway.Runtime.Commands;

/// <summary>Retries the node an incident stopped, after its cause (a rule set, a variable) was fixed.</summary>
public sealed record RetryIncident(Guid CaseId, string IncidentId, Actor Actor) : ICommand<CaseOutcome>, ICaseScoped;

public sealed class RetryIncidentHandler(CaseRunner runner) : ICommandHandler<RetryIncident, CaseOutcome>
{
    public async ValueTask<CaseOutcome> Handle(RetryIncident command, CancellationToken cancellationToken) =>
        await runner.ApplyAsync(command.CaseId, _ => new IncidentRetried(command.IncidentId), command.Actor.Id, cancellationToken);
}
