using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Api;

public static class PathwaysApi
{
    public static void MapPathwaysApi(this IEndpointRouteBuilder app)
    {
        var pathways = app.MapGroup("/api/pathways").WithTags("Pathways").RequireAuthorization(Policies.PathwayRead);
        pathways.MapGet("/", ListAsync).WithSummary("Every pathway version, by key, locality and version");
        pathways.MapGet("/{id:long}/xml", XmlAsync).WithSummary("A pathway version's BPMN");
        pathways.MapPut("/{key}/draft", SaveDraftAsync).RequireAuthorization(Policies.PathwayDesign).WithSummary("Save a draft (BPMN XML body); 400 lists the reader's errors by element");
        pathways.MapPost("/{key}/publish", PublishAsync).RequireAuthorization(Policies.PathwayDesign).WithSummary("Publish the locality's draft");
    }

    public sealed record PathwayVersionView(long Id, string Key, string Locality, int Version, DefinitionStatus Status, string ContentHash,
        DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? PublishedAt, string? PublishedBy)
    {
        public static PathwayVersionView From(PathwayDefinitionRecord d) =>
            new(d.Id, d.Key, d.Locality, d.Version, d.Status, d.ContentHash, d.CreatedAt, d.CreatedBy, d.PublishedAt, d.PublishedBy);
    }

    private static async Task<Ok<List<PathwayVersionView>>> ListAsync(PathwayDbContext db, CancellationToken ct)
    {
        var rows = await db.PathwayDefinitions.AsNoTracking().OrderBy(d => d.Key).ThenBy(d => d.Locality).ThenBy(d => d.Version).ToListAsync(ct);
        return TypedResults.Ok(rows.ConvertAll(PathwayVersionView.From));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> XmlAsync(long id, PathwayDbContext db, CancellationToken ct) =>
        await db.PathwayDefinitions.AsNoTracking().Where(d => d.Id == id).Select(d => d.Xml).SingleOrDefaultAsync(ct) is { } xml
            ? TypedResults.Content(xml, "application/xml")
            : ProblemMapper.Refuse(ApiErrors.DefinitionNotFound, $"there is no pathway version {id}");

    private static async Task<Ok<PathwayVersionView>> SaveDraftAsync(string key, string? locality, HttpRequest request, IMediator mediator, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var xml = await reader.ReadToEndAsync(ct);
        var draft = await mediator.Send(new SavePathwayDraft(key, Localities.OrNational(locality), xml, request.HttpContext.User.ToActor()), ct);
        return TypedResults.Ok(PathwayVersionView.From(draft));
    }

    private static async Task<Ok<PathwayVersionView>> PublishAsync(string key, string? locality, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var published = await mediator.Send(new PublishPathway(key, Localities.OrNational(locality), http.User.ToActor()), ct);
        return TypedResults.Ok(PathwayVersionView.From(published));
    }
}
