using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Outbox;

/// <summary>
/// Delivers one claimed outbox row. A row for one case is marked delivered in that case's own
/// step (the same transaction, checked against the claim), so a case takes it once however often
/// it is tried; a message or signal for many is fanned out into one row per case first.
/// </summary>
public sealed class OutboxDelivery(PathwayDbContext db, CaseRunner runner, IMessageTransport transport, TimeProvider clock)
{
    /// <summary>The journal's actor for what the outbox delivers.</summary>
    public const string ActorId = "outbox";

    public async Task DeliverAsync(OutboxRecord row, CancellationToken cancellationToken)
    {
        var outcome = row.Kind switch
        {
            OutboxKind.Message => await FanOutAsync(row, db => transport.SendAsync(row, db, cancellationToken), cancellationToken),
            OutboxKind.Signal => await FanOutAsync(row, db => FanOutSignalAsync(row, db, cancellationToken), cancellationToken),
            OutboxKind.MessageToCase => await ApplyAsync(row, row.TargetCaseId!.Value, _ => new MessageReceived(row.Name!, Payload(row)), cancellationToken),
            OutboxKind.SignalToCase => await ApplyAsync(row, row.TargetCaseId!.Value, _ => new SignalReceived(row.Name!, Payload(row)), cancellationToken),
            OutboxKind.CallEnded => await ApplyAsync(row, row.TargetCaseId!.Value, _ => CallEnded(row), cancellationToken),
            OutboxKind.CallWithdrawn => await WithdrawCalledCaseAsync(row, cancellationToken),
            _ => throw new InvalidOperationException($"outbox row {row.Id} has an unknown kind {row.Kind}"),
        };
        if (outcome is not null)
            await MarkAsync(row, outcome, cancellationToken);
    }

    /// <summary>Gives the row back for a later try, after <paramref name="delay"/>, saying why.</summary>
    public Task ReleaseAsync(OutboxRecord row, string error, TimeSpan delay, CancellationToken cancellationToken) =>
        db.Outbox.Where(r => r.Id == row.Id && r.ClaimToken == row.ClaimToken)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LastError, error).SetProperty(r => r.ClaimedUntil, clock.GetUtcNow() + delay), cancellationToken);

    private static CaseEvent CallEnded(OutboxRecord row) => row.Name == nameof(CaseStatus.Completed)
        ? new ActivityCompleted(row.TargetBookmarkId!, Payload(row))
        : new ActivityFailed(row.TargetBookmarkId!, EngineErrors.CalledCaseWithdrawn,
            $"the called case {row.SourceCaseId} was withdrawn before it ended; start the work again by retrying this incident");

    private async Task<string?> WithdrawCalledCaseAsync(OutboxRecord row, CancellationToken cancellationToken)
    {
        var called = await db.Cases.AsNoTracking()
            .Where(c => c.ParentCaseId == row.SourceCaseId && c.ParentBookmarkId == row.TargetBookmarkId)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        return called is null
            ? OutboxOutcomes.NoSuchCase
            : await ApplyAsync(row, called.Value, _ => new CaseCancelled($"its calling case {row.SourceCaseId} withdrew the call at {row.NodeId}"), cancellationToken);
    }

    /// <summary>One case's step, with the row marked delivered in it; returns the outcome to mark when no step was written.</summary>
    private async Task<string?> ApplyAsync(OutboxRecord row, Guid caseId, Func<CaseState, CaseEvent> decide, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await runner.ApplyAsync(caseId, decide, ActorId, cancellationToken, stage: (db, _) => Mark(db, row, OutboxOutcomes.Delivered));
            return outcome.Effects.Count == 0 ? OutboxOutcomes.NotAwaited : null;
        }
        catch (EngineException ex) when (ex.Code is EngineErrors.BookmarkNotFound or EngineErrors.MessageNotAwaited or EngineErrors.CaseNotRunning)
        {
            // Already taken (a repeat), withdrawn, or the case ended: nothing to deliver, and nothing to try again.
            return $"{OutboxOutcomes.NotAwaited}: {ex.Detail}";
        }
        catch (CaseNotFoundException)
        {
            return OutboxOutcomes.NoSuchCase;
        }
    }

    private async Task<string?> FanOutAsync(OutboxRecord row, Func<PathwayDbContext, Task<string>> fanOut, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Mark(db, row, await fanOut(db));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task<string> FanOutSignalAsync(OutboxRecord row, PathwayDbContext db, CancellationToken cancellationToken)
    {
        var waiting = await WaitingCases.OnAsync(db, BookmarkKind.Signal, row.Name!, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var caseId in waiting)
            db.Outbox.Add(OutboxRows.ToCase(row, OutboxKind.SignalToCase, caseId, now));
        return waiting.Count == 0 ? OutboxOutcomes.NotAwaited : $"to {waiting.Count} waiting case(s)";
    }

    /// <summary>Marks the row delivered with the next save, which fails as a concurrency conflict if another dispatcher took the row over.</summary>
    private void Mark(PathwayDbContext db, OutboxRecord row, string outcome)
    {
        var tracked = new OutboxRecord { Id = row.Id, ClaimToken = row.ClaimToken };
        db.Outbox.Attach(tracked);
        tracked.DeliveredAt = clock.GetUtcNow();
        tracked.Outcome = outcome;
    }

    private Task MarkAsync(OutboxRecord row, string outcome, CancellationToken cancellationToken) =>
        db.Outbox.Where(r => r.Id == row.Id && r.ClaimToken == row.ClaimToken)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.DeliveredAt, clock.GetUtcNow()).SetProperty(r => r.Outcome, outcome), cancellationToken);

    private static IReadOnlyDictionary<string, object?> Payload(OutboxRecord row) =>
        row.PayloadJson is null ? new Dictionary<string, object?>() : CaseStateJson.DeserializeData(row.PayloadJson);
}
