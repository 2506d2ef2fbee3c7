using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases;
using Pathway.Cases.People;
using Pathway.Cases.Huddles;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Huddles;

/// <summary>The next MDT huddle's list for a team: cases waiting at MDT review, most at risk first.</summary>
public static class HuddlesApi
{
    public static void MapHuddlesApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/huddles").WithTags("Huddles").RequireAuthorization(Policies.CaseWork).AddEndpointFilter<AccessAuditFilter>()
            .MapGet("/{team}", ListAsync).WithSummary("Cases waiting for the team's MDT, by mdtPriority (highest first), with the reason");

    public sealed record HuddleEntry(Guid CaseId, long TaskId, string PersonName, int? Age, long? MdtPriority, string? MdtReason, DateTimeOffset WaitingSince, DateTimeOffset? DueAt);

    private static async Task<Ok<List<HuddleEntry>>> ListAsync(string team, PathwayDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        CaseAccess.EnsureTeam(http.User, team);
        var waiting = await db.WorkTasks.AsNoTracking()
            .Where(t => t.Form == RecordMdtDecisionHandler.Form && t.Team == team && (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress))
            .Join(db.Cases.AsNoTracking(), t => t.CaseId, c => c.Id, (t, c) => new { Task = t, Case = c })
            .Join(db.Referrals.AsNoTracking(), x => x.Case.Id, r => r.CaseId, (x, r) => new { x.Task, x.Case, Name = r.PersonName, r.DateOfBirth })
            .ToListAsync(ct);
        var entries = waiting.ConvertAll(x =>
        {
            var priority = CaseVariables.Get(x.Case, "mdtPriority");
            return new HuddleEntry(x.Case.Id, x.Task.Id, x.Name, PersonAge.On(x.DateOfBirth, PersonAge.Today(clock)),
                priority is long p ? p : priority is double d ? (long)d : null, CaseVariables.Get(x.Case, "mdtReason") as string, x.Task.CreatedAt, x.Task.DueAt);
        });
        return TypedResults.Ok(entries.OrderByDescending(e => e.MdtPriority ?? -1).ThenBy(e => e.WaitingSince).ToList());
    }
}
