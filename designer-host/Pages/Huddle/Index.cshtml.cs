using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Huddles;
using Pathway.Cases.Worklist;
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
public sealed class IndexModel(PathwayDbContext db, IMediator mediator, HuddleBoardQuery board, WorklistQuery worklist) : PageModel
{
    public IReadOnlyList<HuddleItem> Items { get; private set; } = [];
    public IReadOnlyList<WorklistItem> Emergencies { get; private set; } = [];

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
        var actor = User.ToActor();
        Emergencies = await worklist.EmergenciesAsync(actor, ct);
        var entries = await board.ListAsync(actor, team: null, ct);
        Items = [.. entries.Select(e => new HuddleItem(e, new TaskFormView(TaskFormCatalog.For(RecordMdtDecisionHandler.Form), e.TaskId, e.CaseId, "Decide")))];
    }
}
