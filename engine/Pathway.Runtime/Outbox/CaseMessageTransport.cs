using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Outbox;

/// <summary>
/// Delivers a message to Pathway's own cases: every case waiting on its name (and, for a message
/// with a correlation key, holding the same key) gets one delivery row of its own, which reaches
/// it in that case's own step.
/// </summary>
public sealed class CaseMessageTransport(TimeProvider clock) : IMessageTransport
{
    public async Task<string> SendAsync(OutboxRecord message, PathwayDbContext db, CancellationToken cancellationToken)
    {
        var waiting = await WaitingCases.OnAsync(db, BookmarkKind.Message, message.Name!, cancellationToken);
        if (message.CorrelationKey is { } key)
        {
            var states = db.Cases.Where(c => waiting.Contains(c.Id)).Select(c => new { c.Id, c.StateJson }).AsAsyncEnumerable();
            var matching = new List<Guid>();
            await foreach (var candidate in states.WithCancellation(cancellationToken))
            {
                if (OutboxRows.CorrelationKeyOf(CaseStateJson.Deserialize(candidate.StateJson).Variables) == key)
                    matching.Add(candidate.Id);
            }
            waiting = matching;
        }
        var now = clock.GetUtcNow();
        foreach (var caseId in waiting)
            db.Outbox.Add(OutboxRows.ToCase(message, OutboxKind.MessageToCase, caseId, now));
        return waiting.Count == 0 ? OutboxOutcomes.NotAwaited : $"to {waiting.Count} waiting case(s)";
    }
}
