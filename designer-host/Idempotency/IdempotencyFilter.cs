using Pathway.Cases.Referrals;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Idempotency;

/// <summary>
/// Makes a case-starting POST safe to retry. With an <c>Idempotency-Key</c> header, the same
/// key and body answer with the case already started (200, same Location); the same key with
/// another body is refused (422). A new key travels to the command, which stores it in the
/// transaction that starts the case. The hash is over the bound <typeparamref name="TBody"/>,
/// so whitespace and property order do not matter.
/// </summary>
public sealed class IdempotencyFilter<TBody>(PathwayDbContext db) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (key, refusal) = IdempotencyKey.Read(http);
        if (refusal is not null)
            return refusal;
        if (key is null)
            return await next(context);
        var body = context.Arguments.OfType<TBody>().FirstOrDefault();
        var hash = IdempotencyKey.HashOf(body);
        var scope = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        var earlier = await IdempotencyKey.FindAsync(db, scope, key, http.RequestAborted);
        if (earlier is null)
        {
            IdempotencyKey.Claim(http, new IdempotencyClaim(scope, key, hash));
            try
            {
                return await next(context);
            }
            catch (CommandRejectedException raced) when (raced.Code == RecordReferralHandler.KeyRaced)
            {
                // Sent twice at once: the other request stored the key with its case first, so this one is its replay.
                earlier = await IdempotencyKey.FindAsync(db, scope, key, http.RequestAborted);
                if (earlier is null)
                    throw;
            }
        }
        if (earlier.RequestHash != hash)
            return ProblemMapper.Refuse(ApiErrors.IdempotencyKeyReused,
                $"this {IdempotencyKey.Header} was used with a different body; send the original body, or use a new key for a new referral");
        http.Response.Headers.Location = $"/api/cases/{earlier.CaseId}";
        return TypedResults.Ok(new Replayed(earlier.CaseId, true));
    }

    public sealed record Replayed(Guid CaseId, bool Replay);
}
