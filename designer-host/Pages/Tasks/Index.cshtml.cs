using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Worklist;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Pages.Cases;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Tasks;

/// <summary>
/// The worklist: open tasks of my teams, soonest due first, with time left against the standard.
/// "Mine" is what I claimed or what is offered to a role I hold; "team" is everything for my teams.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class IndexModel(PathwayDbContext db, IMediator mediator, CaseAccess access, TimeProvider clock) : PageModel
{
    /// <summary>"mine" (the default) or "team"; nullable so a bare /tasks is not a validation error.</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public bool Mine => View is null or "mine";

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public IReadOnlyList<WorklistRow> Rows { get; private set; } = [];
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public string Me => User.ToActor().Id;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        var open = db.WorkTasks.AsNoTracking().Where(t => t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress);
        if (!CaseAccess.SeesAllTeams(User))
        {
            var teams = actor.Teams.ToList();
            open = open.Where(t => teams.Contains(t.Team ?? t.Locality));
        }
        Roles = await open.Select(t => t.Role).Distinct().OrderBy(r => r).ToListAsync(ct);
        var myRoles = actor.Roles.ToList();
        if (Mine)
            open = open.Where(t => t.Owner == actor.Id || (t.Owner == null && myRoles.Contains(t.Role)));
        if (!string.IsNullOrEmpty(Role))
            open = open.Where(t => t.Role == Role);
        var tasks = await open.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id).Take(500).ToListAsync(ct);
        var people = await CasePeople.ForCasesAsync(db, [.. tasks.Select(t => t.CaseId).Distinct()], ct);
        var now = clock.GetUtcNow();
        Rows = [.. tasks.Select(t => new WorklistRow(TaskView.From(t, now), CasePeople.NameOf(t.CaseId, people), t.Team ?? t.Locality))];
    }

    public Task<IActionResult> OnPostClaimAsync(long taskId, CancellationToken ct) =>
        SendAsync(taskId, new ClaimTask(taskId, User.ToActor()), "Claimed: it is on your list", ct);

    public Task<IActionResult> OnPostReleaseAsync(long taskId, CancellationToken ct) =>
        SendAsync(taskId, new ReleaseTask(taskId, User.ToActor()), "Released: it is back on the role's list", ct);

    private async Task<IActionResult> SendAsync(long taskId, object command, string done, CancellationToken ct)
    {
        try
        {
            await access.EnsureTaskAsync(User, taskId, ct);
            await mediator.Send(command, ct);
            Notice = done;
        }
        catch (CommandRejectedException e)
        {
            Notice = null;
            TempData["Problem"] = $"{e.Detail} ({e.Code})";
        }
        return RedirectToPage(new { View, Role });
    }
}
