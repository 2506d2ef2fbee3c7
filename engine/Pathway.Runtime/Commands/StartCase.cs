using Mediator;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Definitions;

namespace Pathway.Runtime.Commands;

/// <summary>
/// Starts a case on the pathway published for the locality (else the national one).
/// <see cref="Stage"/> adds the caller's rows (a referral, an idempotency key) to the same transaction.
/// </summary>
public sealed record StartCase(
    string PathwayKey, string Locality, IReadOnlyDictionary<string, object?> Variables, Actor Actor, Guid? CaseId = null, CaseRunner.Stage? Stage = null)
    : ICommand<CaseOutcome>;

public sealed class StartCaseHandler(DefinitionQueries definitions, CaseRunner runner) : ICommandHandler<StartCase, CaseOutcome>
{
    public async ValueTask<CaseOutcome> Handle(StartCase command, CancellationToken cancellationToken)
    {
        var definitionId = await definitions.FindPublishedPathwayIdAsync(command.PathwayKey, command.Locality, cancellationToken)
            ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.NoPublishedPathway,
                $"no published pathway '{command.PathwayKey}' for locality '{command.Locality}' or nationally; publish one first");
        var variables = new Dictionary<string, object?>(command.Variables, StringComparer.Ordinal) { ["locality"] = command.Locality };
        return await runner.StartAsync(definitionId, command.Locality, variables, command.Actor.Id, cancellationToken, command.CaseId, command.Stage);
    }
}
