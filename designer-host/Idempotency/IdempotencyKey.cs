using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Referrals;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Idempotency;

/// <summary>
/// Hands a new idempotency key from the filter to the handler, which stores it with the case; the
/// hash and the look-up are shared with the referral page, whose hidden token is the same kind of key.
/// </summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    private const string ClaimItem = "idempotency.claim";

    /// <summary>The request's key (null without the header), or the refusal of a header that is not one value of 1 to 200 characters.</summary>
    public static (string? Key, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Refusal) Read(HttpContext http)
    {
        if (!http.Request.Headers.TryGetValue(Header, out var values))
            return (null, null);
        var key = values.ToString().Trim();
        return key.Length is 0 or > 200 || values.Count > 1
            ? (null, ProblemMapper.Refuse(Runtime.Commands.ApiErrors.IdempotencyKeyInvalid, $"the {Header} header must be one value of 1 to 200 characters, e.g. a UUID"))
            : (key, null);
    }

    public static void Claim(HttpContext http, IdempotencyClaim claim) => http.Items[ClaimItem] = claim;

    public static IdempotencyClaim? ClaimFrom(HttpContext http) => http.Items[ClaimItem] as IdempotencyClaim;

    /// <summary>Over the bound body, so whitespace and property order do not matter.</summary>
    public static string HashOf<TBody>(TBody body) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, CaseStateJson.Options)));

    public static Task<IdempotencyRecord?> FindAsync(PathwayDbContext db, string scope, string key, CancellationToken ct) =>
        db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Scope == scope && k.Key == key, ct);
}
