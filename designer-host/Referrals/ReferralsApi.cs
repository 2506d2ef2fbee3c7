using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.Cases.Referrals;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Idempotency;
using Pathway.DesignerHost.Security;

namespace Pathway.DesignerHost.Referrals;

public static class ReferralsApi
{
    public static void MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var referrals = app.MapGroup("/api/referrals").WithTags("Referrals").RequireAuthorization(Policies.CaseWork).AddEndpointFilter<AccessAuditFilter>();
        referrals.MapPost("/", RecordAsync)
            .AddEndpointFilter<IdempotencyFilter<Referral>>()
            .WithSummary("Record a referral and start its case; NEWS2 is computed from the observations; send Idempotency-Key to retry safely")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    public sealed record ReferralAccepted(Guid CaseId, int News2Score, bool News2SingleParameterScore3);

    private static async Task<Created<ReferralAccepted>> RecordAsync(Referral referral, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var claim = IdempotencyKey.ClaimFrom(http);
        var recorded = await mediator.Send(new RecordReferral(referral, "api", http.User.ToActor(), Idempotency: claim,
            KnownPerson: referral.ConfirmKnownPerson ? KnownPersonDifferences.Confirmed : KnownPersonDifferences.Refuse), ct);
        AccessAuditFilter.ForCase(http, recorded.CaseId);
        return TypedResults.Created($"/api/cases/{recorded.CaseId}",
            new ReferralAccepted(recorded.CaseId, recorded.News2Score, recorded.News2SingleParameterScore3));
    }
}
