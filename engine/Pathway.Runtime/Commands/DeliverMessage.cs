using Mediator;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;

namespace Pathway.Runtime.Commands;

/// <summary>Delivers a named message (a receiving service's answer, say) to a case waiting for it.</summary>
public sealed record DeliverMessage(Guid CaseId, string MessageName, IReadOnlyDictionary<string, object?> Payload, Actor Actor) : ICommand<CaseOutcome>, ICaseScoped;

public sealed class DeliverMessageHandler(CaseRunner runner) : ICommandHandler<DeliverMessage, CaseOutcome>
{
    public async ValueTask<CaseOutcome> Handle(DeliverMessage command, CancellationToken cancellationToken) =>
        await runner.ApplyAsync(command.CaseId, _ => new MessageReceived(command.MessageName, command.Payload), command.Actor.Id, cancellationToken);
}
