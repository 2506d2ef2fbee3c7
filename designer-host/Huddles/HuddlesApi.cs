using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.Cases.Huddles;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Security;

namespace Pathway.DesignerHost.Huddles;

/// <summary>The next MDT huddle's list for a team: the same board the huddle page shows, most at risk first.</summary>
public static class HuddlesApi
{
    public static void MapHuddlesApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/huddles").WithTags("Huddles").RequireAuthorization(Policies.CaseWork).AddEndpointFilter<AccessAuditFilter>()
            .MapGet("/{team}", ListAsync).WithSummary("Cases waiting for the team's MDT: mdtPriority highest first (none last), then soonest due, longest waiting, with the reason");

    private static async Task<Ok<IReadOnlyList<HuddleBoardEntry>>> ListAsync(string team, HuddleBoardQuery board, HttpContext http, CancellationToken ct)
    {
        CaseAccess.EnsureTeam(http.User, team);
        return TypedResults.Ok(await board.ListAsync(http.User.ToActor(), team, ct));
    }
}
