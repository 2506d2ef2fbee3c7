using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Assessments;
using Pathway.Cases.Closure;
using Pathway.Cases.Handovers;
using Pathway.Cases.Huddles;
using Pathway.Cases.Worklist;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Api;

public static class TasksApi
{
    public static void MapTasksApi(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.CaseWork).AddEndpointFilter<AccessAuditFilter>();
        tasks.MapGet("/", ListAsync).WithSummary("Open tasks of your teams, emergencies first, then soonest due, filtered by role, team or owner ('me' for yours); mine=true is the page's 'My tasks' (claimed by you or offered to a role you hold)");
        tasks.MapPost("/{id:long}/claim", ClaimAsync).WithSummary("Claim a ready task");
        tasks.MapPost("/{id:long}/release", ReleaseAsync).WithSummary("Put a claimed task back on its role's worklist");
        tasks.MapPost("/{id:long}/reassign", ReassignAsync).RequireAuthorization(Policies.Coordination).WithSummary("Coordinator: give a task to a person or another role");
        tasks.MapPost("/{id:long}/complete", CompleteAsync).WithSummary("Complete a task with its form data; the form named by the task is validated");
    }

    private static async Task<Ok<IReadOnlyList<WorklistItem>>> ListAsync(bool? mine, string? role, string? team, string? owner, WorklistQuery worklist, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await worklist.ListAsync(user.ToActor(), new WorklistFilter(mine ?? false, role, team, owner), ct));

    private static async Task<Ok<TaskView>> ClaimAsync(long id, IMediator mediator, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var task = await mediator.Send(new ClaimTask(id, http.User.ToActor()), ct);
        AccessAuditFilter.ForCase(http, task.CaseId);
        return TypedResults.Ok(TaskView.From(task, clock.GetUtcNow()));
    }

    private static async Task<Ok<TaskView>> ReleaseAsync(long id, IMediator mediator, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var task = await mediator.Send(new ReleaseTask(id, http.User.ToActor()), ct);
        AccessAuditFilter.ForCase(http, task.CaseId);
        return TypedResults.Ok(TaskView.From(task, clock.GetUtcNow()));
    }

    public sealed record ReassignRequest(string? ToPerson, string? ToRole);

    private static async Task<Ok<TaskView>> ReassignAsync(long id, ReassignRequest request, IMediator mediator, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var task = await mediator.Send(new ReassignTask(id, request.ToPerson, request.ToRole, http.User.ToActor()), ct);
        AccessAuditFilter.ForCase(http, task.CaseId);
        return TypedResults.Ok(TaskView.From(task, clock.GetUtcNow()));
    }

    public sealed record CompleteTaskRequest(JsonElement? Output);

    private static async Task<Ok<CaseView>> CompleteAsync(long id, CompleteTaskRequest? request, IMediator mediator, PathwayDbContext db, HttpContext http, CancellationToken ct)
    {
        var task = await db.WorkTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct)
            ?? throw new CommandRejectedException(Rejection.NotFound, ApiErrors.TaskNotFound, $"there is no task {id}");
        var output = request?.Output is { ValueKind: JsonValueKind.Object } o ? o : JsonDocument.Parse("{}").RootElement;
        var actor = http.User.ToActor();
        var command = TaskCompletion.CommandFor(task, output, actor);
        await mediator.Send(command, ct);
        AccessAuditFilter.ForCase(http, task.CaseId);
        return TypedResults.Ok((await CaseView.LoadAsync(db, task.CaseId, ct))!);
    }
}

/// <summary>A worklist entry with the time left against its due time (negative when overdue).</summary>
public sealed record TaskView(
    long Id, Guid CaseId, string Name, string Role, string? Team, string? Form, WorkTaskStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? DueAt, double? MinutesLeft, string? Owner, string? CompletedBy)
{
    public static TaskView From(WorkTaskRecord t) => From(t, null);

    public static TaskView From(WorkTaskRecord t, DateTimeOffset? now) => new(
        t.Id, t.CaseId, t.Name, t.Role, t.Team, t.Form, t.Status, t.CreatedAt, t.DueAt,
        now is { } at && t.DueAt is { } due ? Math.Round((due - at).TotalMinutes, 1) : null, t.Owner, t.CompletedBy);
}
