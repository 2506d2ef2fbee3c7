using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Huddles;
using Pathway.Cases.Validation;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Pages.Cases;
using Pathway.DesignerHost.Security;
using Pathway.DesignerHost.TaskForms;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Huddle;

/// <summary>
/// The MDT huddle board: every case of my teams waiting at MDT review, most at risk first (the MDT
/// selection rules set <c>mdtPriority</c>, higher is more at risk), with the decision recorded from the board.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class IndexModel(PathwayDbContext db, IMediator mediator, CaseAccess access, TimeProvider clock) : PageModel
{
    public IReadOnlyList<HuddleItem> Items { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDecideAsync(long taskId, CancellationToken ct)
    {
        var task = await db.WorkTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
            return NotFound();
        var form = TaskFormCatalog.For(task.Form);
        var output = FormAnswers.Read(form, taskId, Request.Form, ModelState);
        ViewData["FieldOrder"] = FormAnswers.FieldOrder(form, taskId);
        if (ModelState.IsValid)
        {
            try
            {
                await access.EnsureTaskAsync(User, taskId, ct);
                await mediator.Send(TaskCompletion.CommandFor(task, output, User.ToActor()), ct);
                var people = await CasePeople.ForCasesAsync(db, [task.CaseId], ct);
                Notice = $"Decision recorded for {CasePeople.NameOf(task.CaseId, people)}";
                return RedirectToPage();
            }
            catch (FormInvalidException e)
            {
                FormAnswers.AddServerErrors(e, form, taskId, ModelState);
            }
            catch (CommandRejectedException e)
            {
                ModelState.AddModelError("", $"{e.Detail} ({e.Code})");
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = db.WorkTasks.AsNoTracking()
            .Where(t => (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress) && t.Form == RecordMdtDecisionHandler.Form);
        if (!CaseAccess.SeesAllTeams(User))
        {
            var teams = User.ToActor().Teams.ToList();
            query = query.Where(t => teams.Contains(t.Team ?? t.Locality));
        }
        var tasks = await query.ToListAsync(ct);
        var caseIds = tasks.Select(t => t.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var people = await CasePeople.ForCasesAsync(db, caseIds, ct);
        var now = clock.GetUtcNow();
        Items = [.. tasks.Select(t =>
            {
                var variables = cases.TryGetValue(t.CaseId, out var record) ? CaseStateJson.Deserialize(record.StateJson).Variables : [];
                var priority = variables.TryGetValue("mdtPriority", out var p) && p is not null ? Convert.ToInt64(p, CultureInfo.InvariantCulture) : 0;
                var reason = variables.TryGetValue("mdtReason", out var r) ? r as string : null;
                return new HuddleItem(TaskView.From(t, now), CasePeople.NameOf(t.CaseId, people, variables), t.Team ?? t.Locality, reason, priority,
                    new TaskFormView(TaskFormCatalog.For(t.Form), t.Id, t.CaseId, "Decide"));
            })
            .OrderByDescending(i => i.Priority).ThenBy(i => i.Task.DueAt)];
    }
}
