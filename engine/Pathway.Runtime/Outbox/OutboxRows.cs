using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Outbox;

/// <summary>The outbox rows a case step writes for what it sends beyond itself.</summary>
public static class OutboxRows
{
    /// <summary>The row for a message sent, a signal thrown or a called case's end; null when the effect sends nothing.</summary>
    public static OutboxRecord? For(Effect effect, CaseRecord record, CaseState state, bool tellsCallingCase, DateTimeOffset now) => effect switch
    {
        MessageSent sent => New(OutboxKind.Message, record, now, sent.NodeId, sent.MessageName, correlationKey: sent.CorrelationKey),
        SignalThrown thrown => New(OutboxKind.Signal, record, now, thrown.NodeId, thrown.SignalName),
        CaseEnded ended when record.ParentCaseId is not null && tellsCallingCase =>
            New(OutboxKind.CallEnded, record, now, null, ended.Status.ToString(), record.ParentCaseId, record.ParentBookmarkId, CaseStateJson.SerializeData(state.Variables)),
        _ => null,
    };

    /// <summary>The calling case withdrew its call activity: its called case is withdrawn too.</summary>
    public static OutboxRecord CallWithdrawn(CaseRecord record, Bookmark call, DateTimeOffset now) =>
        New(OutboxKind.CallWithdrawn, record, now, call.NodeId, null, targetBookmarkId: call.Id);

    /// <summary>One delivery of a fanned-out message or signal to one waiting case.</summary>
    public static OutboxRecord ToCase(OutboxRecord fanned, OutboxKind kind, Guid caseId, DateTimeOffset now) => new()
    {
        DeliveryId = Guid.CreateVersion7(now),
        Kind = kind,
        SourceCaseId = fanned.SourceCaseId,
        NodeId = fanned.NodeId,
        Name = fanned.Name,
        CorrelationKey = fanned.CorrelationKey,
        TargetCaseId = caseId,
        PayloadJson = fanned.PayloadJson,
        CreatedAt = now,
    };

    private static OutboxRecord New(
        OutboxKind kind, CaseRecord record, DateTimeOffset now, string? nodeId, string? name,
        Guid? targetCaseId = null, string? targetBookmarkId = null, string? payloadJson = null, string? correlationKey = null) => new()
    {
        DeliveryId = Guid.CreateVersion7(now),
        Kind = kind,
        SourceCaseId = record.Id,
        NodeId = nodeId,
        Name = name,
        CorrelationKey = correlationKey,
        TargetCaseId = targetCaseId,
        TargetBookmarkId = targetBookmarkId,
        PayloadJson = payloadJson,
        CreatedAt = now,
    };
}
