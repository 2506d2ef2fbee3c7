using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.Cases.Worklist;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Pages.Shared;
using Pathway.DesignerHost.Security;
using Pathway.DesignerHost.Worklist;
using Pathway.Runtime.Commands;

namespace Pathway.DesignerHost.Pages.Tasks;

/// <summary>
/// The worklist: open tasks of my teams, emergencies first, then soonest due, with time left against the standard.
/// "Mine" is what I claimed or what is offered to a role I hold; "team" is everything for my teams.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class IndexModel(WorklistQuery worklist, IMediator mediator, ReassignTargets targets) : PageModel
{
    /// <summary>"mine" (the default) or "team"; nullable so a bare /tasks is not a validation error.</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public bool Mine => View is null or "mine";

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public IReadOnlyList<WorklistItem> Rows { get; private set; } = [];
    public IReadOnlyList<WorklistItem> Emergencies { get; private set; } = [];
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public string Me => User.ToActor().Id;

    [TempData]
    public string? Notice { get; set; }

    public bool CanClaim(WorklistItem row) => row.Owner is null && WorkPermissions.CanWork(row.AsTask(), User.ToActor());
    public bool CanRelease(WorklistItem row) => WorkPermissions.WhyNotRelease(row.AsTask(), User.ToActor()) is null;
    public bool CanReassign(WorklistItem row) => WorkPermissions.WhyNotReassign(row.AsTask(), User.ToActor()) is null;
    public ReassignForm ReassignFormFor(WorklistItem row) =>
        new(row.Id, row.Name, row.Case.PersonName, targets.For(row.Team ?? row.Locality), new Dictionary<string, string?> { ["view"] = View, ["role"] = Role });

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        Roles = await worklist.RolesAsync(actor, ct);
        Rows = await worklist.ListAsync(actor, new WorklistFilter(Mine: Mine, Role: Role), ct);
        Emergencies = await worklist.EmergenciesAsync(actor, ct);
    }

    public Task<IActionResult> OnPostClaimAsync(long taskId, CancellationToken ct) =>
        SendAsync(taskId, new ClaimTask(taskId, User.ToActor()), "Claimed: it is on your list", ct);

    public Task<IActionResult> OnPostReleaseAsync(long taskId, CancellationToken ct) =>
        SendAsync(taskId, new ReleaseTask(taskId, User.ToActor()), "Released: it is back on the role's list", ct);

    public Task<IActionResult> OnPostReassignAsync(long taskId, string? to, CancellationToken ct)
    {
        var (person, role) = ReassignTargets.Read(to);
        return SendAsync(taskId, new ReassignTask(taskId, person, role, User.ToActor()), $"Reassigned to {person ?? role}", ct);
    }

    private async Task<IActionResult> SendAsync(long taskId, object command, string done, CancellationToken ct)
    {
        try
        {
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
