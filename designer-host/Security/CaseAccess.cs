using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases;
using Pathway.Cases.People;
using Pathway.DesignerHost.Api;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Security;

/// <summary>Clinicians and coordinators work their own teams' cases; administrators see every case.</summary>
public sealed class CaseAccess(PathwayDbContext db)
{
    public async Task EnsureAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken)
    {
        var record = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.CaseNotFound, $"there is no case {caseId}");
        EnsureTeam(user, CaseVariables.Team(record) ?? record.Locality);
    }

    public async Task EnsureTaskAsync(ClaimsPrincipal user, long taskId, CancellationToken cancellationToken)
    {
        var task = await db.WorkTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.TaskNotFound, $"there is no task {taskId}");
        EnsureTeam(user, task.Team ?? task.Locality);
    }

    public static bool SeesAllTeams(ClaimsPrincipal user) => user.IsInRole(Disciplines.Administrator);

    public static void EnsureTeam(ClaimsPrincipal user, string team)
    {
        if (!SeesAllTeams(user) && !user.ToActor().Teams.Contains(team, StringComparer.Ordinal))
            throw new CommandRejectedException(Rejection.Forbidden, ApiErrors.TeamNotYours, $"this case belongs to the team '{team}', which you are not in");
    }
}
