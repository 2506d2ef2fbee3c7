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

public sealed class RespondToHandoverHandler(CaseRunner runner, TimeProvider clock) : ICommandHandler<RespondToHandover, CaseOutcome>
{
    /// <summary>The answers the pathway races against its acceptance window.</summary>
    public const string Accepted = "handover-accepted";
    public const string Declined = "handover-declined";

    /// <summary>The one answer pathway versions before the race waited for; cases started on them still do.</summary>
    public const string Response = "handover-response";

    public static readonly IReadOnlySet<string> Messages = new HashSet<string>([Accepted, Declined, Response], StringComparer.Ordinal);

    /// <summary>The message for this answer that the case waits for; refused once it waits for none (the window passed).</summary>
    private static string MessageFor(CaseState state, bool accepted)
    {
        var awaited = state.Bookmarks.Where(b => b.Kind == BookmarkKind.Message && b.Key is not null && Messages.Contains(b.Key)).Select(b => b.Key!).ToList();
        if (awaited.Contains(Response))
            return Response;
        var message = accepted ? Accepted : Declined;
        return awaited.Contains(message) ? message
            : throw new CommandRejectedException(Rejection.Conflict, ApiErrors.HandoverNotAwaited,
                "the case is no longer waiting for an answer to this handover (its acceptance window passed, or the case closed); the coordinator chases it and the assessor plans again");
    }

    public async ValueTask<CaseOutcome> Handle(RespondToHandover command, CancellationToken cancellationToken)
    {
        if (command.Accepted is null)
            throw new Validation.FormInvalidException(new Dictionary<string, string[]> { ["accepted"] = ["is required: true to accept, false to decline"] });
        if (command.Accepted == false && string.IsNullOrWhiteSpace(command.DeclineReason))
            throw new Validation.FormInvalidException(new Dictionary<string, string[]> { ["declineReason"] = ["is required when declining: say why, so the team can plan again"] });
        var accepted = command.Accepted.Value;
        var payload = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["handoverAccepted"] = accepted,
            ["declineReason"] = accepted ? null : command.DeclineReason!.Trim(),
        };
        HandoverRecord? handover = null;
        var staged = false;
        var outcome = await runner.ApplyAsync(command.CaseId, state => new MessageReceived(MessageFor(state, accepted), payload), command.Actor.Id, cancellationToken, (_, _) =>
        {
            staged = true;
            handover!.Status = accepted ? HandoverStatus.Accepted : HandoverStatus.Rejected;
            handover.RespondedBy = command.Actor.Id;
            handover.RespondedAt = clock.GetUtcNow();
            handover.DeclineReason = payload["declineReason"] as string;
        }, async (context, _, ct) =>
        {
            // Read in the attempt: a racing answer to the same handover is seen here and refused.
            staged = false;
            handover = await context.Handovers.Where(h => h.CaseId == command.CaseId).OrderByDescending(h => h.Id).FirstOrDefaultAsync(ct);
            if (handover is null)
                throw new CommandRejectedException(Rejection.Conflict, ApiErrors.NoHandoverAwaiting, "this case has no handover awaiting a response");
            if (HandoverPermissions.WhyNotRespond(handover, command.Actor) is { } refusal)
                throw refusal;
            if (handover.Status != HandoverStatus.Requested)
                throw new CommandRejectedException(Rejection.Conflict, ApiErrors.HandoverAnswered,
                    $"the handover to {handover.ReceivingService} was already {(handover.Status == HandoverStatus.Accepted ? "accepted" : "declined")} by {handover.RespondedBy} at {(handover.RespondedAt is { } at ? Moments.Show(at) : "an unknown time")}");
        });
        if (!staged)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.HandoverNotAwaited, "the case is not waiting for a handover response (it may have escalated or closed)");
        return outcome;
    }
}
