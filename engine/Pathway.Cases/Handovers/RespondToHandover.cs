using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Handovers;

/// <summary>
/// The receiving service accepts or declines (with a reason) the requested handover; the
/// answer reaches the pathway as the message it waits for, in the same transaction as the row.
/// </summary>
public sealed record RespondToHandover(Guid CaseId, bool? Accepted, string? DeclineReason, Actor Actor) : ICommand<CaseOutcome>, ICaseScoped;

public sealed class RespondToHandoverHandler(PathwayDbContext db, CaseRunner runner, TimeProvider clock) : ICommandHandler<RespondToHandover, CaseOutcome>
{
    public const string Message = "handover-response";

    public async ValueTask<CaseOutcome> Handle(RespondToHandover command, CancellationToken cancellationToken)
    {
        if (command.Accepted is null)
            throw new Validation.FormInvalidException(new Dictionary<string, string[]> { ["accepted"] = ["is required: true to accept, false to decline"] });
        if (command.Accepted == false && string.IsNullOrWhiteSpace(command.DeclineReason))
            throw new Validation.FormInvalidException(new Dictionary<string, string[]> { ["declineReason"] = ["is required when declining: say why, so the team can plan again"] });
        var handover = await db.Handovers.AsNoTracking()
            .Where(h => h.CaseId == command.CaseId && h.Status == HandoverStatus.Requested).OrderByDescending(h => h.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new CommandRejectedException(Rejection.Conflict, "PW4102", "this case has no handover awaiting a response");
        if (HandoverPermissions.WhyNotRespond(handover, command.Actor) is { } refusal)
            throw refusal;
        var accepted = command.Accepted.Value;
        var payload = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["handoverAccepted"] = accepted,
            ["declineReason"] = accepted ? null : command.DeclineReason!.Trim(),
        };
        var staged = false;
        var outcome = await runner.ApplyAsync(command.CaseId, _ => new MessageReceived(Message, payload), command.Actor.Id, cancellationToken, (context, _) =>
        {
            staged = true;
            var row = context.Handovers.Attach(handover).Entity;
            row.Status = accepted ? HandoverStatus.Accepted : HandoverStatus.Rejected;
            row.RespondedBy = command.Actor.Id;
            row.RespondedAt = clock.GetUtcNow();
            row.DeclineReason = payload["declineReason"] as string;
        });
        if (!staged)
            throw new CommandRejectedException(Rejection.Conflict, "PW4102", "the case is not waiting for a handover response (it may have escalated or closed)");
        return outcome;
    }
}
