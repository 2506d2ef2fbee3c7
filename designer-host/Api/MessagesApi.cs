using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.DesignerHost.Idempotency;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Messages;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Api;

public static class MessagesApi
{
    /// <summary>
    /// Messages correlated by name, as BPMN engines do: to the cases of a locality waiting for the
    /// message (matching its correlation key), or, when none waits, starting a case on each pathway
    /// published there with a message start for it. The Idempotency-Key header (else the body's
    /// deliveryId) makes a repeat reach and start nothing twice.
    /// </summary>
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", CorrelateAsync).RequireAuthorization(Policies.EngineOperations)
            .WithTags("Engine").WithSummary("Correlate a message by name: answers the cases it reached, or the cases it started from message start events");
        return app;
    }

    /// <summary>The message; <c>payload</c> becomes the reached or started cases' variables.</summary>
    public sealed record MessageRequest(string? Name, string? Locality, string? CorrelationKey, Dictionary<string, JsonElement>? Payload, string? DeliveryId);

    private static async Task<Results<Ok<MessageCorrelated>, ProblemHttpResult>> CorrelateAsync(
        MessageRequest request, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrWhiteSpace(request.Locality))
            return ProblemMapper.Refuse(ApiErrors.MessageUnnamed,
                "give the message's name and the locality it is for, e.g. {\"name\": \"discharge-notified\", \"locality\": \"north-shire\", \"correlationKey\": \"...\"}");
        var (key, refusal) = IdempotencyKey.Read(http);
        if (refusal is not null)
            return refusal;
        var deliveryId = key ?? request.DeliveryId?.Trim();
        if (deliveryId is { Length: 0 or > 200 })
            return ProblemMapper.Refuse(ApiErrors.IdempotencyKeyInvalid, "the deliveryId must be 1 to 200 characters, e.g. the sender's message id; leave it out if the message has none");
        var payload = (request.Payload ?? []).ToDictionary(v => v.Key, v => CaseStateJson.ToPlain(v.Value), StringComparer.Ordinal);
        var message = new DeliveredMessage(
            deliveryId ?? Guid.CreateVersion7().ToString("D"),
            request.Name.Trim(), request.Locality.Trim(), request.CorrelationKey, payload, IdempotencyKey.HashOf(request with { DeliveryId = null }));
        return TypedResults.Ok(await mediator.Send(new CorrelateMessage(message, http.User.ToActor()), ct));
    }
}
