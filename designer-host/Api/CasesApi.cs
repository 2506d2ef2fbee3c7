using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Validation;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Security;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Api;

public static class CasesApi
{

    public static void MapCasesApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases").AddEndpointFilter<AccessAuditFilter>();
        cases.MapPost("/", StartAsync).RequireAuthorization(Policies.PathwayDesign).WithSummary("Start a case on the published pathway with the given variables");
        cases.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.CaseRead).WithSummary("A case: status, variables, open tasks, waits and incidents");
        cases.MapGet("/{id:guid}/journal", JournalAsync).RequireAuthorization(Policies.CaseRead).WithSummary("The case's journal, oldest first");
        cases.MapGet("/{id:guid}/pathway-xml", PathwayXmlAsync).RequireAuthorization(Policies.CaseRead)
            .WithSummary("The BPMN of the pathway version the case runs on, for its diagram (case workers may not read the pathway catalogue)");
        cases.MapGet("/{id:guid}/diagram-state", DiagramStateAsync).RequireAuthorization(Policies.CaseRead)
            .WithSummary("What the case diagram highlights: active, completed, taken flows, incidents");
        cases.MapPost("/{id:guid}/messages/{name}", DeliverAsync).RequireAuthorization(Policies.EngineOperations).WithSummary("Deliver a named message the case waits for");
        cases.MapPost("/{id:guid}/incidents/{incidentId}/retry", RetryAsync).RequireAuthorization(Policies.EngineOperations).WithSummary("Retry the node an incident stopped");
    }

    public sealed record StartCaseRequest(string? Pathway, string? Locality, Dictionary<string, System.Text.Json.JsonElement>? Variables);

    private static async Task<Created<CaseView>> StartAsync(StartCaseRequest request, IMediator mediator, PathwayDbContext db, HttpContext http, CancellationToken ct)
    {
        // A case starts on a pathway named on purpose: an empty or broken request starts nothing.
        var errors = new FormErrors();
        var pathway = errors.Required("pathway", request.Pathway, "give the key of a published pathway, e.g. admission-avoidance");
        errors.ThrowIfAny();
        var variables = (request.Variables ?? []).ToDictionary(v => v.Key, v => CaseStateJson.ToPlain(v.Value), StringComparer.Ordinal);
        var outcome = await mediator.Send(new StartCase(pathway!, Localities.OrNational(request.Locality), variables, http.User.ToActor()), ct);
        var view = await CaseView.LoadAsync(db, outcome.CaseId, ct);
        return TypedResults.Created($"/api/cases/{outcome.CaseId}", view);
    }

    private static async Task<Ok<CaseView>> GetAsync(Guid id, PathwayDbContext db, CaseAccess access, HttpContext http, CancellationToken ct)
    {
        await access.EnsureAsync(http, id, ct);
        return TypedResults.Ok((await CaseView.LoadAsync(db, id, ct))!);
    }

    public sealed record JournalLine(int Sequence, DateTimeOffset At, string Kind, string? NodeId, string? Actor, Dictionary<string, object?>? Data);

    private static async Task<Ok<List<JournalLine>>> JournalAsync(Guid id, PathwayDbContext db, CaseAccess access, HttpContext http, CancellationToken ct)
    {
        await access.EnsureAsync(http, id, ct);
        var rows = await db.Journal.AsNoTracking().Where(j => j.CaseId == id).OrderBy(j => j.Sequence).ToListAsync(ct);
        return TypedResults.Ok(rows.ConvertAll(r => new JournalLine(r.Sequence, r.At, r.Kind, r.NodeId, r.Actor,
            r.DataJson is null ? null : CaseStateJson.DeserializeData(r.DataJson))));
    }

    private static async Task<ContentHttpResult> PathwayXmlAsync(Guid id, PathwayDbContext db, CaseAccess access, HttpContext http, CancellationToken ct)
    {
        await access.EnsureAsync(http, id, ct);
        var xml = await db.Cases.AsNoTracking().Where(c => c.Id == id)
            .Join(db.Definitions, c => c.PathwayDefinitionId, d => d.Id, (_, d) => d.Content).SingleAsync(ct);
        return TypedResults.Content(xml, "application/xml");
    }

    private static async Task<Ok<CaseDiagramState>> DiagramStateAsync(Guid id, PathwayDbContext db, CaseAccess access, HttpContext http, CancellationToken ct)
    {
        await access.EnsureAsync(http, id, ct);
        var record = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        var journal = await db.Journal.AsNoTracking()
            .Where(j => j.CaseId == id && (j.Kind == JournalKinds.NodeEntered || j.Kind == JournalKinds.FlowTaken))
            .OrderBy(j => j.Sequence).ToListAsync(ct);
        return TypedResults.Ok(CaseDiagramState.From(CaseStateJson.Deserialize(record.StateJson), journal));
    }

    private static async Task<Ok<CaseView>> DeliverAsync(Guid id, string name, Dictionary<string, System.Text.Json.JsonElement>? payload, IMediator mediator, PathwayDbContext db, HttpContext http, CancellationToken ct)
    {
        var values = (payload ?? []).ToDictionary(v => v.Key, v => CaseStateJson.ToPlain(v.Value), StringComparer.Ordinal);
        await mediator.Send(new DeliverMessage(id, name, values, http.User.ToActor()), ct);
        return TypedResults.Ok((await CaseView.LoadAsync(db, id, ct))!);
    }

    private static async Task<Ok<CaseView>> RetryAsync(Guid id, string incidentId, IMediator mediator, PathwayDbContext db, HttpContext http, CancellationToken ct)
    {
        await mediator.Send(new RetryIncident(id, incidentId, http.User.ToActor()), ct);
        return TypedResults.Ok((await CaseView.LoadAsync(db, id, ct))!);
    }
}

/// <summary>A case as the API shows it.</summary>
public sealed record CaseView(
    Guid Id, string Locality, CaseStatus Status, long PathwayDefinitionId, DateTimeOffset StartedAt, DateTimeOffset? EndedAt,
    IReadOnlyDictionary<string, object?> Variables, IReadOnlyList<TaskView> Tasks, IReadOnlyList<Bookmark> Waiting, IReadOnlyList<Incident> Incidents)
{
    public static async Task<CaseView?> LoadAsync(PathwayDbContext db, Guid id, CancellationToken ct)
    {
        var record = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (record is null)
            return null;
        var state = CaseStateJson.Deserialize(record.StateJson);
        var tasks = await db.WorkTasks.AsNoTracking().Where(t => t.CaseId == id).OrderBy(t => t.Id).ToListAsync(ct);
        return new CaseView(record.Id, record.Locality, record.Status, record.PathwayDefinitionId, record.StartedAt, record.EndedAt,
            state.Variables, tasks.ConvertAll(TaskView.From), state.Bookmarks, state.Incidents);
    }
}
