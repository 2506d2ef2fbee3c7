using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.TaskForms;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Huddle;

/// <summary>
/// The MDT huddle board: every case waiting at MDT review, most at risk first (the MDT selection
/// rules set <c>mdtPriority</c>, higher is more at risk), with the decision recorded from the board.
/// </summary>
public sealed class IndexModel(PathwayDbContext db, IMediator mediator, TimeProvider clock) : PageModel
{
    /// <summary>The form the pathway's MDT review task asks for; a redrawn pathway may rename the node, not the form.</summary>
    public const string MdtForm = "mdt-decision";

    public IReadOnlyList<HuddleItem> Items { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDecideAsync(long taskId, CancellationToken ct)
    {
        var task = await db.WorkTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
            return NotFound();
        var output = FormAnswers.Read(TaskFormCatalog.For(task.Form), taskId, Request.Form, ModelState);
        if (ModelState.IsValid)
        {
            try
            {
                await mediator.Send(new CompleteTask(taskId, output, User.ToActor()), ct);
                Notice = $"Decision recorded for {Pages.Tasks.IndexModel.PersonName(await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == task.CaseId, ct))}";
                return RedirectToPage();
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
        var tasks = await db.WorkTasks.AsNoTracking()
            .Where(t => (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress) && t.Form == MdtForm)
            .ToListAsync(ct);
        var caseIds = tasks.Select(t => t.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var now = clock.GetUtcNow();
        Items = [.. tasks.Select(t =>
            {
                var record = cases.GetValueOrDefault(t.CaseId);
                var variables = record is null ? [] : CaseStateJson.Deserialize(record.StateJson).Variables;
                var priority = variables.TryGetValue("mdtPriority", out var p) && p is not null ? Convert.ToInt64(p, CultureInfo.InvariantCulture) : 0;
                var reason = variables.TryGetValue("mdtReason", out var r) ? r as string : null;
                return new HuddleItem(TaskView.From(t, now), Pages.Tasks.IndexModel.PersonName(record), t.Locality, reason, priority,
                    new TaskFormView(TaskFormCatalog.For(t.Form), t.Id, t.CaseId, "Decide"));
            })
            .OrderByDescending(i => i.Priority).ThenBy(i => i.Task.DueAt)];
    }
}
