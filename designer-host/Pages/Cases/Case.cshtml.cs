using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.TaskForms;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>One case: the person, the diagram, the timeline, incidents, and the forms for its open tasks.</summary>
public sealed class CaseModel(PathwayDbContext db, IMediator mediator, PathwayModelCache models) : PageModel
{
    public CaseView Case { get; private set; } = null!;
    public PathwayDefinitionRecord Definition { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public IReadOnlyList<TaskFormView> OpenTasks { get; private set; } = [];
    public IReadOnlyDictionary<long, TaskView> TasksById { get; private set; } = new Dictionary<long, TaskView>();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, long taskId, CancellationToken ct)
    {
        var task = await db.WorkTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId && t.CaseId == id, ct);
        if (task is null)
            return NotFound();
        var form = TaskFormCatalog.For(task.Form);
        var output = FormAnswers.Read(form, taskId, Request.Form, ModelState);
        if (ModelState.IsValid && await TrySendAsync(new CompleteTask(taskId, output, User.ToActor()), ct))
        {
            Notice = $"{task.Name}: done";
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, string incidentId, CancellationToken ct)
    {
        if (await TrySendAsync(new RetryIncident(id, incidentId, User.ToActor()), ct))
        {
            Notice = "Retried: the case carried on from where it stopped";
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>Sends a command; a refusal (not allowed, already done) becomes a page-level error, not an error page.</summary>
    private async Task<bool> TrySendAsync<T>(ICommand<T> command, CancellationToken ct)
    {
        try
        {
            await mediator.Send(command, ct);
            return true;
        }
        catch (CommandRejectedException e)
        {
            ModelState.AddModelError("", $"{e.Detail} ({e.Code})");
        }
        catch (Pathway.Engine.Runtime.EngineException e)
        {
            ModelState.AddModelError("", $"{e.Detail} ({e.Code})");
        }
        return false;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await CaseView.LoadAsync(db, id, ct) is not { } view)
            return false;
        Case = view;
        Definition = await db.PathwayDefinitions.AsNoTracking().SingleAsync(d => d.Id == view.PathwayDefinitionId, ct);
        var model = await models.GetAsync(view.PathwayDefinitionId, ct);
        string NodeName(string? nodeId) => nodeId is not null && model.Nodes.TryGetValue(nodeId, out var node) && !string.IsNullOrWhiteSpace(node.Name) ? node.Name : nodeId ?? "";
        var journal = await db.Journal.AsNoTracking().Where(j => j.CaseId == id).OrderBy(j => j.Sequence).ToListAsync(ct);
        Timeline = [.. journal.Select(j => TimelineEntry.From(j, NodeName)).OfType<TimelineEntry>().Reverse()];
        var open = view.Tasks.Where(t => t.Status is WorkTaskStatus.Ready or WorkTaskStatus.InProgress).ToList();
        TasksById = open.ToDictionary(t => t.Id);
        OpenTasks = [.. open.Select(t => new TaskFormView(TaskFormCatalog.For(t.Form), t.Id, id, "Complete"))];
        return true;
    }
}
