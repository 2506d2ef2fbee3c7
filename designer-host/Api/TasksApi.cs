using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Api;

public static class TasksApi
{
    public static void MapTasksApi(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/tasks").WithTags("Tasks");
        tasks.MapGet("/", ListAsync).WithSummary("Open tasks, soonest due first, filtered by role, team or owner");
        tasks.MapPost("/{id:long}/complete", CompleteAsync).WithSummary("Complete a task with its form data");
    }

    private static async Task<Ok<List<TaskView>>> ListAsync(string? role, string? team, string? owner, PathwayDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var query = db.WorkTasks.AsNoTracking().Where(t => t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress);
        if (role is not null)
            query = query.Where(t => t.Role == role);
        if (team is not null)
            query = query.Where(t => t.Team == team);
        if (owner is not null)
            query = query.Where(t => t.Owner == owner);
        // Tasks with no due time sort last: SQLite orders nulls first.
        var rows = await query.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id).Take(500).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(rows.ConvertAll(t => TaskView.From(t, now)));
    }

    public sealed record CompleteTaskRequest(Dictionary<string, System.Text.Json.JsonElement>? Output);

    private static async Task<Ok<CaseView>> CompleteAsync(long id, CompleteTaskRequest? request, IMediator mediator, PathwayDbContext db, HttpContext http, CancellationToken ct)
    {
        var output = (request?.Output ?? []).ToDictionary(v => v.Key, v => CaseStateJson.ToPlain(v.Value), StringComparer.Ordinal);
        var outcome = await mediator.Send(new CompleteTask(id, output, http.User.ToActor()), ct);
        return TypedResults.Ok((await CaseView.LoadAsync(db, outcome.CaseId, ct))!);
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
