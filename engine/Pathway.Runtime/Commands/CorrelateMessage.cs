using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Messages;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>
/// A message by name from outside (a hospital's discharge notification, a GP's letter), for a
/// locality. It reaches every case there waiting on it (and, with a correlation key, holding that
/// key where the waiting element correlates), each in its own transaction; when it reaches none,
/// it starts a case on each published pathway with a message start for it (see
/// <see cref="MessageStarts"/>). A repeat of the same <see cref="DeliveredMessage.DeliveryId"/>
/// reaches and starts nothing twice.
/// </summary>
public sealed record CorrelateMessage(DeliveredMessage Message, Actor Actor) : ICommand<MessageCorrelated>;

/// <summary>The cases the message reached and the cases it started; <see cref="Replay"/> when the same delivery came before.</summary>
public sealed record MessageCorrelated(string Message, IReadOnlyList<Guid> Reached, IReadOnlyList<Guid> Started, bool Replay);

public sealed class CorrelateMessageHandler(PathwayDbContext db, PathwayModelCache models, CaseRunner runner, MessageStarts starts, TimeProvider clock)
    : ICommandHandler<CorrelateMessage, MessageCorrelated>
{
    public async ValueTask<MessageCorrelated> Handle(CorrelateMessage command, CancellationToken cancellationToken)
    {
        var message = command.Message;
        var receipts = await MessageReceipts.FindAsync(db, message.DeliveryId, cancellationToken);
        if (receipts.Exists(r => r.RequestHash != (message.RequestHash ?? "")))
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.DeliveryIdReused,
                "this delivery id was used for a different message; send the original message again, or use a new id for a new message");
        var reached = MessageReceipts.ReachedIn(receipts).ToList();
        var earlier = new HashSet<Guid>([.. reached, .. MessageReceipts.StartedIn(receipts)]);
        foreach (var caseId in await WaitingCases.AwaitingMessageAsync(db, models, message.Name, message.CorrelationKey, message.Locality, cancellationToken))
        {
            if (!earlier.Contains(caseId) && await ReachAsync(message, caseId, command.Actor.Id, cancellationToken))
                reached.Add(caseId);
        }
        // A message meant for running cases does not also start one: only an unawaited message starts cases.
        var started = reached.Count == 0 ? await starts.StartAsync(message, command.Actor.Id, cancellationToken) : [];
        if (reached.Count == 0 && started.Count == 0)
        {
            var keyed = message.CorrelationKey is null ? "" : $" with the correlation key '{message.CorrelationKey}'";
            throw new CommandRejectedException(Rejection.NotFound, ApiErrors.MessageNotCorrelated,
                $"no case in '{message.Locality}' waits for the message '{message.Name}'{keyed}, and no pathway published there or nationally starts on it; check the message name and key, or publish a pathway with a message start for it");
        }
        return new MessageCorrelated(message.Name, reached, started, receipts.Count > 0);
    }

    /// <summary>Delivers to one waiting case, recording it against the delivery in the case's own transaction; false when it no longer waits.</summary>
    private async Task<bool> ReachAsync(DeliveredMessage message, Guid caseId, string actor, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await runner.ApplyAsync(caseId, _ => new MessageReceived(message.Name, message.Payload), actor, cancellationToken,
                stage: (context, _) => context.IdempotencyKeys.Add(MessageReceipts.ForReached(message, caseId, clock.GetUtcNow())));
            return outcome.Effects.Count > 0;
        }
        catch (EngineException ex) when (ex.Code is EngineErrors.MessageNotAwaited or EngineErrors.CaseNotRunning)
        {
            return false; // it took another message or ended since the look-up
        }
        catch (CaseNotFoundException)
        {
            return false;
        }
        catch (DbUpdateException ex) when (StoreErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return true; // another copy of this delivery reached it first
        }
    }
}
