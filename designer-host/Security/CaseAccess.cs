using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Access;
using Pathway.DesignerHost.Api;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Security;

/// <summary>Reads of one case or task by its team (commands check their own, in the mediator pipeline); administrators see every case.</summary>
public sealed class CaseAccess(PathwayDbContext db)
{
    public async Task EnsureAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken)
    {
        var record = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.CaseNotFound, $"there is no case {caseId}");
        EnsureTeam(user, TeamAccess.TeamOf(record));
    }

    /// <summary>Whether the user may open this case only by saying why (an administrator outside its team); false for an unknown case.</summary>
    public async Task<bool> NeedsReasonAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) is { } record
        && TeamAccess.NeedsReason(user.ToActor(), TeamAccess.TeamOf(record));

    public static bool SeesAllTeams(ClaimsPrincipal user) => TeamAccess.SeesAllTeams(user.ToActor());

    public static void EnsureTeam(ClaimsPrincipal user, string team) => TeamAccess.Ensure(user.ToActor(), team);
}
