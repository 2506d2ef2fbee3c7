using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Api;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Tasks;

/// <summary>
/// The worklist: open tasks, soonest due first, with time left against the standard. "Mine" is
/// what I claimed or what is offered to a role I hold; "team" is everything for my teams.
/// </summary>
public sealed class IndexModel(PathwayDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string View { get; set; } = "mine";

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public IReadOnlyList<WorklistRow> Rows { get; private set; } = [];
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var open = db.WorkTasks.AsNoTracking().Where(t => t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress);
        Roles = await open.Select(t => t.Role).Distinct().OrderBy(r => r).ToListAsync(ct);
        var actor = User.ToActor();
        var myRoles = actor.Roles.ToList();
        var myTeams = actor.Teams.ToList();
        if (SignedIn && View == "mine")
            open = open.Where(t => t.Owner == actor.Id || (t.Owner == null && myRoles.Contains(t.Role)));
        else if (SignedIn && View == "team")
            open = open.Where(t => (t.Team != null && myTeams.Contains(t.Team)) || myRoles.Contains(t.Role));
        if (!string.IsNullOrEmpty(Role))
            open = open.Where(t => t.Role == Role);
        var tasks = await open.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id).Take(500).ToListAsync(ct);
        var caseIds = tasks.Select(t => t.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var now = clock.GetUtcNow();
        Rows = [.. tasks.Select(t => new WorklistRow(TaskView.From(t, now), PersonName(cases.GetValueOrDefault(t.CaseId)), t.Locality))];
    }

    internal static string PersonName(CaseRecord? record)
    {
        if (record is null)
            return "Unknown";
        var variables = CaseStateJson.Deserialize(record.StateJson).Variables;
        return variables.TryGetValue("personName", out var name) && name is string text ? text : $"Case {record.Id.ToString()[..8]}";
    }
}
