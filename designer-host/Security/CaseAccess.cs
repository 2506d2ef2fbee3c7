using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Access;
using Pathway.DesignerHost.Api;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Security;

/// <summary>
/// Reads of one case or task by its team (commands check their own, in the mediator pipeline); administrators see every case,
/// but open a record outside their teams only with a reason, which the access audit keeps.
/// </summary>
public sealed class CaseAccess(PathwayDbContext db)
{
    /// <summary>Where an API read gives its reason for opening a record: this header, or the <c>reason</c> query parameter (which the case page's own requests carry).</summary>
    public const string ReasonHeader = "Access-Reason";

    public async Task EnsureAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken) =>
        EnsureTeam(user, await TeamOfAsync(caseId, cancellationToken)
            ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.CaseNotFound, $"there is no case {caseId}"));

    /// <summary>An API read of a record: its team may read it; an administrator outside the team only with a reason.</summary>
    public async Task EnsureAsync(HttpContext http, Guid caseId, CancellationToken cancellationToken)
    {
        var team = await TeamOfAsync(caseId, cancellationToken)
            ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.CaseNotFound, $"there is no case {caseId}");
        EnsureTeam(http.User, team);
        if (ReasonOf(http) is null && TeamAccess.NeedsReason(http.User.ToActor(), team))
            throw new CommandRejectedException(Rejection.Forbidden, ApiErrors.AccessNeedsReason,
                $"case {caseId} is outside your teams: say why you open this person's record in the {ReasonHeader} header (or a reason query parameter); the access audit keeps it");
    }

    /// <summary>The reason a request gives for opening a record, if any.</summary>
    public static string? ReasonOf(HttpContext http) =>
        (http.Request.Headers[ReasonHeader].FirstOrDefault() ?? http.Request.Query["reason"].FirstOrDefault()) is { } reason && !string.IsNullOrWhiteSpace(reason)
            ? reason.Trim()
            : null;

    /// <summary>
    /// Whether the user may open this case only by saying why (an administrator outside its team); false for an unknown case.
    /// Only an administrator can need a reason, so staff opening a case cost no read of it here.
    /// </summary>
    public async Task<bool> NeedsReasonAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken)
    {
        var actor = user.ToActor();
        return TeamAccess.SeesAllTeams(actor) && await TeamOfAsync(caseId, cancellationToken) is { } team && TeamAccess.NeedsReason(actor, team);
    }

    /// <summary>The team that works the case (null for an unknown case), read once per check.</summary>
    private async Task<string?> TeamOfAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) is { } record ? TeamAccess.TeamOf(record) : null;

    public static bool SeesAllTeams(ClaimsPrincipal user) => TeamAccess.SeesAllTeams(user.ToActor());

    public static void EnsureTeam(ClaimsPrincipal user, string team) => TeamAccess.Ensure(user.ToActor(), team);
}
