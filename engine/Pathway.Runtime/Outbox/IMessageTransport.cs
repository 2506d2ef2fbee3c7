using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Outbox;

/// <summary>
/// Takes a sent message from the outbox to its receivers. Rows it adds to <c>db</c> are saved in
/// the transaction that marks the message delivered; a transport that reaches outside must let
/// its receiver drop a repeat by the message's <see cref="OutboxRecord.DeliveryId"/>. Throwing
/// leaves the message in the outbox to be tried again.
/// </summary>
public interface IMessageTransport
{
    /// <summary>Hands the message on; returns what happened, in words, for the outbox row.</summary>
    Task<string> SendAsync(OutboxRecord message, PathwayDbContext db, CancellationToken cancellationToken);
}
