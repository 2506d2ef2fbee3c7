using Pathway.Cases.Referrals;

namespace Pathway.DesignerHost.Idempotency;

/// <summary>Hands a new idempotency key from the filter to the handler, which stores it with the case.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    private const string ClaimItem = "idempotency.claim";

    public static void Claim(HttpContext http, IdempotencyClaim claim) => http.Items[ClaimItem] = claim;

    public static IdempotencyClaim? ClaimFrom(HttpContext http) => http.Items[ClaimItem] as IdempotencyClaim;
}
