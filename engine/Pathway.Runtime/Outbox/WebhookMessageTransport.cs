using System.Net.Http.Json;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Outbox;

/// <summary>
/// Posts each sent message to one HTTP endpoint (an integration engine, say) instead of Pathway's
/// own cases. A message whose post failed is posted again later, so the receiver may see it twice:
/// it drops the repeat by the <c>Idempotency-Key</c> header (the message's delivery id).
/// </summary>
public sealed class WebhookMessageTransport(HttpClient http, Uri endpoint) : IMessageTransport
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public async Task<string> SendAsync(OutboxRecord message, PathwayDbContext db, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new SentMessage(message.DeliveryId, message.Name!, message.CorrelationKey, message.SourceCaseId, message.NodeId, message.CreatedAt)),
        };
        request.Headers.Add(IdempotencyHeader, message.DeliveryId.ToString());
        using var response = await http.SendAsync(request, cancellationToken);
        // Anything but success leaves the message in the outbox to be posted again.
        response.EnsureSuccessStatusCode();
        return $"{OutboxOutcomes.Delivered}: {endpoint.Host} answered {(int)response.StatusCode}";
    }

    /// <summary>The message as the receiver reads it.</summary>
    public sealed record SentMessage(Guid DeliveryId, string Message, string? CorrelationKey, Guid Case, string? Node, DateTimeOffset SentAt);
}
