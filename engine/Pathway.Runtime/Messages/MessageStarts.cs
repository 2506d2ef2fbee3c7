using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Messages;

/// <summary>
/// Starts cases from a message, as BPMN's message start events do. The pathways it starts are
/// every pathway published for the message's locality (the locality's own version of a key, else
/// the national one) whose process has a top-level start event for the message's name: one case
/// on each, in order of pathway key, each at that message start with the payload as its
/// variables. Each start is recorded against the delivery id in its own transaction, so the same
/// delivery twice starts each case once.
/// </summary>
public sealed class MessageStarts(PathwayDbContext db, PathwayModelCache models, CaseRunner runner, TimeProvider clock)
{
    /// <summary>The cases the message started (now, or by an earlier copy of the same delivery); empty when no pathway starts on it.</summary>
    public async Task<IReadOnlyList<Guid>> StartAsync(DeliveredMessage message, string actor, CancellationToken cancellationToken)
    {
        var started = new List<Guid>();
        var receipts = await MessageReceipts.FindAsync(db, message.DeliveryId, cancellationToken);
        foreach (var pathway in await StartingOnAsync(message.Name, message.Locality, cancellationToken))
            started.Add(MessageReceipts.StartedOn(receipts, pathway.Key) ?? await StartOnceAsync(message, pathway, actor, cancellationToken));
        return started;
    }

    /// <summary>The published pathways, by key, whose process starts on the message.</summary>
    public async Task<List<PublishedPathway>> StartingOnAsync(string messageName, string locality, CancellationToken cancellationToken)
    {
        var published = await db.Definitions.AsNoTracking()
            .Where(d => d.Kind == DefinitionKind.Pathway && d.Status == DefinitionStatus.Published && (d.Locality == locality || d.Locality == Localities.National))
            .Select(d => new { d.Id, d.Key, d.Locality }).ToListAsync(cancellationToken);
        var starting = new List<PublishedPathway>();
        foreach (var pathway in published.GroupBy(d => d.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var version = pathway.OrderBy(d => d.Locality == locality ? 0 : 1).First();
            var model = await models.GetAsync(version.Id, cancellationToken);
            if (model.StartEvents.Any(s => s.MessageName == messageName))
                starting.Add(new PublishedPathway(version.Id, pathway.Key));
        }
        return starting;
    }

    private async Task<Guid> StartOnceAsync(DeliveredMessage message, PublishedPathway pathway, string actor, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, object?>(message.Payload, StringComparer.Ordinal) { ["locality"] = message.Locality };
        try
        {
            var outcome = await runner.StartAsync(pathway.DefinitionId, message.Locality, variables, actor, cancellationToken,
                stage: (context, outcome) => context.IdempotencyKeys.Add(MessageReceipts.ForStarted(message, pathway.Key, outcome.CaseId, clock.GetUtcNow())),
                message: new StartingMessage(message.Name, message.CorrelationKey));
            return outcome.CaseId;
        }
        catch (DbUpdateException ex) when (StoreErrors.IsUniqueViolation(ex))
        {
            // Another copy of the delivery started this pathway's case first: that one is the answer.
            db.ChangeTracker.Clear();
            if (MessageReceipts.StartedOn(await MessageReceipts.FindAsync(db, message.DeliveryId, cancellationToken), pathway.Key) is { } earlier)
                return earlier;
            throw;
        }
    }

    public sealed record PublishedPathway(long DefinitionId, string Key);
}
