using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Messages;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Outbox;

/// <summary>
/// Delivers a message to Pathway's own cases: every case waiting on its name (and, for a message
/// with a correlation key, holding the same key where its waiting element correlates) gets one
/// delivery row of its own, which reaches it in that case's own step. A message no case waits
/// for starts a case on each pathway published for the sender's locality with a message start
/// for it, once per message however often the row is tried.
/// </summary>
public sealed class CaseMessageTransport(TimeProvider clock, PathwayModelCache models, IServiceScopeFactory scopes) : IMessageTransport
{
    public async Task<string> SendAsync(OutboxRecord message, PathwayDbContext db, CancellationToken cancellationToken)
    {
        var waiting = await WaitingCases.AwaitingMessageAsync(db, models, message.Name!, message.CorrelationKey, locality: null, cancellationToken);
        if (waiting.Count == 0)
            return await StartAsync(message, db, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var caseId in waiting)
            db.Outbox.Add(OutboxRows.ToCase(message, OutboxKind.MessageToCase, caseId, now));
        return $"to {waiting.Count} waiting case(s)";
    }

    /// <summary>Starts the cases in their own unit of work, so their transactions stay apart from the fan-out's.</summary>
    private async Task<string> StartAsync(OutboxRecord message, PathwayDbContext db, CancellationToken cancellationToken)
    {
        var locality = await db.Cases.AsNoTracking().Where(c => c.Id == message.SourceCaseId).Select(c => c.Locality).FirstOrDefaultAsync(cancellationToken);
        if (locality is null)
            return OutboxOutcomes.NotAwaited;
        var payload = message.PayloadJson is null ? new Dictionary<string, object?>() : CaseStateJson.DeserializeData(message.PayloadJson);
        await using var scope = scopes.CreateAsyncScope();
        var started = await scope.ServiceProvider.GetRequiredService<MessageStarts>().StartAsync(
            new DeliveredMessage(message.DeliveryId.ToString("D"), message.Name!, locality, message.CorrelationKey, payload), OutboxDelivery.ActorId, cancellationToken);
        return started.Count == 0 ? OutboxOutcomes.NotAwaited : $"started {started.Count} case(s): {string.Join(", ", started)}";
    }
}
