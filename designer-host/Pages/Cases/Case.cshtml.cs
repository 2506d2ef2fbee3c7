using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Assessments;
using Pathway.Cases.Handovers;
using Pathway.Cases.Worklist;
using Pathway.Cases.Validation;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Security;
using Pathway.DesignerHost.TaskForms;
using Pathway.DesignerHost.Worklist;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>One case: the person, the diagram, the timeline, incidents, and the forms for its open tasks.</summary>
[Authorize(Policy = Policies.CaseRead)]
public sealed class CaseModel(PathwayDbContext db, IMediator mediator, PathwayModelCache models, CaseAccess access, IAuthorizationService authorization,
    ReassignTargets targets, TimeProvider clock) : PageModel
{
    /// <summary>The day ages are worked out on.</summary>
    public DateOnly Today => Pathway.Cases.People.PersonAge.Today(clock);

    public CaseView Case { get; private set; } = null!;
    public DefinitionRecord Definition { get; private set; } = null!;
    public Pathway.Cases.People.CasePerson? Person { get; private set; }
    public string PersonName { get; private set; } = "";
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public IReadOnlyList<TaskFormView> OpenTasks { get; private set; } = [];
    public IReadOnlyDictionary<long, TaskView> TasksById { get; private set; } = new Dictionary<long, TaskView>();
    public bool CanRetry { get; private set; }
    public CaseRecordView Record { get; private set; } = null!;
    public AssessmentRecord? Assessment => Record.LatestAssessment;
    public IReadOnlyList<AssessmentReviewRecord> Reviews => Record.Reviews;

    /// <summary>Why the assessment was last challenged, shown beside the revision form.</summary>
    public AssessmentReviewRecord? OpenChallenge(long revisionTaskId) => Record.Reviews.LastOrDefault(r => !r.Accepted && r.RevisionTaskId == revisionTaskId)
        ?? Record.Reviews.LastOrDefault(r => !r.Accepted);

    /// <summary>What the signed-in person may do here, asked of the commands' own rules, and whether the case is an emergency.</summary>
    public CaseWork Work { get; private set; } = null!;

    public bool CanReview => Work.CanReview;

    public bool CanWork(TaskView task) => Work.CanWork(task.Id);

    [TempData]
    public string? Notice { get; set; }

    /// <summary>Why someone outside the case's team opens the record; kept in the access audit with the reading.</summary>
    [BindProperty(SupportsGet = true, Name = "reason")]
    public string? AccessReason { get; set; }

    /// <summary>The page shows only the question "why are you opening this record?", not the record.</summary>
    public bool AskingForReason { get; private set; }

    public const int MaxReasonLength = 500;

    /// <summary>An administrator opens a clinical record only with a written reason; until then nothing of the record is read or shown.</summary>
    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        if (context.RouteData.Values["id"] is { } value && Guid.TryParse(value.ToString(), out var id)
            && await access.NeedsReasonAsync(User, id, HttpContext.RequestAborted))
        {
            AccessReason = AccessReason?.Trim();
            if (AccessReason is { Length: > MaxReasonLength })
                ModelState.AddModelError("reason", $"Reason must be {MaxReasonLength} characters or fewer");
            else if (string.IsNullOrEmpty(AccessReason) && (Request.Query.ContainsKey("reason") || (Request.HasFormContentType && Request.Form.ContainsKey("reason"))))
                ModelState.AddModelError("reason", "Enter why you need to open this person's record");
            if (string.IsNullOrEmpty(AccessReason) || !ModelState.IsValid)
            {
                AskingForReason = true;
                ViewData["FieldOrder"] = new[] { "reason" };
                context.Result = Page();
                return;
            }
        }
        await next();
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, long taskId, CancellationToken ct)
    {
        var task = await db.WorkTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId && t.CaseId == id, ct);
        if (task is null)
            return NotFound();
        var form = TaskFormCatalog.For(task.Form);
        var output = FormAnswers.Read(form, taskId, Request.Form, ModelState);
        ViewData["FieldOrder"] = FormAnswers.FieldOrder(form, taskId);
        if (ModelState.IsValid && await TrySendAsync(TaskCompletion.CommandFor(task, output, User.ToActor()), form, taskId, ct))
        {
            Notice = $"{task.Name}: done";
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, string incidentId, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EngineOperations)).Succeeded)
            return Forbid();
        if (await TrySendAsync(new RetryIncident(id, incidentId, User.ToActor()), null, 0, ct))
        {
            Notice = "Retried: the case carried on from where it stopped";
            return RedirectToPage(new { id, reason = AccessReason });
        }
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct)
    {
        if (await TrySendAsync(new AcceptAssessment(id, User.ToActor()), null, 0, ct))
        {
            Notice = "You accepted the trusted assessment";
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostChallengeAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
            ModelState.AddModelError("challenge-reason", "Enter why you are challenging the assessment");
        else if (await TrySendAsync(new ChallengeAssessment(id, reason, User.ToActor()), null, 0, ct))
        {
            Notice = "You challenged the trusted assessment: the assessor has a task to revise it";
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostReassignAsync(Guid id, long taskId, string? to, CancellationToken ct)
    {
        var (person, role) = ReassignTargets.Read(to);
        if (person is null && role is null)
            ModelState.AddModelError($"reassign-{taskId}", "Choose the person or role to give the task to");
        else if (await TrySendAsync(new ReassignTask(taskId, person, role, User.ToActor()), null, 0, ct))
        {
            Notice = $"Reassigned to {person ?? role}";
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostRespondToHandoverAsync(Guid id, bool? accepted, string? declineReason, CancellationToken ct)
    {
        if (accepted is null)
            ModelState.AddModelError("handover-accepted", "Select whether the service accepts the handover");
        else if (accepted == false && string.IsNullOrWhiteSpace(declineReason))
            ModelState.AddModelError("handover-decline-reason", "Enter why the service is declining the handover");
        else if (await TrySendAsync(new RespondToHandover(id, accepted, declineReason, User.ToActor()), null, 0, ct))
        {
            Notice = accepted == true ? "Handover accepted" : "Handover declined: the team has a task to plan again";
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, ct) ?? Page();
    }

    /// <summary>Sends a command; a refusal (a form problem, not allowed, already done) becomes errors on the page, not an error page.</summary>
    private async Task<bool> TrySendAsync(object command, TaskForm? form, long taskId, CancellationToken ct)
    {
        try
        {
            await mediator.Send(command, ct);
            return true;
        }
        catch (FormInvalidException e) when (form is not null)
        {
            FormAnswers.AddServerErrors(e, form, taskId, ModelState);
        }
        catch (CommandRejectedException e)
        {
            ModelState.AddModelError("", $"{e.Detail} ({e.Code})");
        }
        catch (EngineException e)
        {
            ModelState.AddModelError("", $"{e.Detail} ({e.Code})");
        }
        return false;
    }

    /// <summary>Loads the case for display; an action result when it cannot be shown.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await access.EnsureAsync(User, id, ct);
        }
        catch (CommandRejectedException e)
        {
            return e.Rejection == Rejection.NotFound ? NotFound() : Forbid();
        }
        Case = (await CaseView.LoadAsync(db, id, ct))!;
        Definition = await db.Definitions.AsNoTracking().SingleAsync(d => d.Id == Case.PathwayDefinitionId, ct);
        var people = await CasePeople.ForCasesAsync(db, [id], ct);
        Person = people.GetValueOrDefault(id);
        PersonName = CasePeople.NameOf(id, people, Case.Variables);
        var model = await models.GetAsync(Case.PathwayDefinitionId, ct);
        string NodeName(string? nodeId) => nodeId is not null && model.Nodes.TryGetValue(nodeId, out var node) && !string.IsNullOrWhiteSpace(node.Name) ? node.Name : nodeId ?? "";
        Record = await CaseRecordView.LoadAsync(db, id, Person, ct);
        var journal = await db.Journal.AsNoTracking().Where(j => j.CaseId == id).OrderBy(j => j.Sequence).ToListAsync(ct);
        Timeline = [.. journal.Select(j => TimelineEntry.From(j, NodeName, Record)).OfType<TimelineEntry>().Reverse()];
        var open = Case.Tasks.Where(t => t.Status is WorkTaskStatus.Ready or WorkTaskStatus.InProgress).ToList();
        TasksById = open.ToDictionary(t => t.Id);
        // A revision starts from the last version of the assessment, not a blank form.
        OpenTasks = [.. open.Select(t => new TaskFormView(TaskFormCatalog.For(t.Form), t.Id, id, "Complete",
            t.Form == AssessmentJournalKinds.RevisionForm && Record.LatestAssessment is { } last ? AssessmentAnswers.Prefill(last) : null))];
        CanRetry = (await authorization.AuthorizeAsync(User, Policies.EngineOperations)).Succeeded;
        Work = await CaseWork.LoadAsync(db, id, Case.Variables, User.ToActor(), targets, clock.GetUtcNow(), ct);
        return null;
    }
}
