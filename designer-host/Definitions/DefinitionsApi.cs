using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Definitions.Kinds;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Definitions;

/// <summary>
/// One API for every kind of definition, mapped once per kind: /api/pathways (BPMN),
/// /api/rules (rule-set JSON) and /api/specs (Gherkin). Versions, content, drafts saved with
/// their problems, publishing through the policy gate, roll-back and comparison.
/// </summary>
public static class DefinitionsApi
{
    public static void MapDefinitionsApi(this IEndpointRouteBuilder app)
    {
        Map(app, DefinitionKind.Pathway, "/api/pathways", "Pathways", "xml", "application/xml");
        Map(app, DefinitionKind.RuleSet, "/api/rules", "Rules", "json", "application/json");
        Map(app, DefinitionKind.Spec, "/api/specs", "Specs", "feature", "text/plain");
        app.MapPost("/api/specs/check", CheckSpecAsync).WithTags("Specs").RequireAuthorization(Policies.PathwayRead)
            .WithSummary("Check a feature as it is typed: Gherkin syntax (with the line) and every step no step definition matches; nothing is stored");
    }

    private static async Task<Ok<IReadOnlyList<DefinitionProblem>>> CheckSpecAsync(HttpRequest request, DefinitionKinds kinds, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(ct);
        try
        {
            return TypedResults.Ok(kinds[DefinitionKind.Spec].Check("draft", text));
        }
        catch (DefinitionNotWellFormedException e)
        {
            return TypedResults.Ok<IReadOnlyList<DefinitionProblem>>([e.Problem]);
        }
    }

    private static void Map(IEndpointRouteBuilder app, DefinitionKind kind, string prefix, string tag, string format, string contentType)
    {
        var words = DefinitionStore.Words(kind);
        var group = app.MapGroup(prefix).WithTags(tag).RequireAuthorization(Policies.PathwayRead);
        group.MapGet("/", (DefinitionQueries q, CancellationToken ct) => ListAsync(kind, q, ct)).WithSummary($"Every {words} version, by key, locality and version");
        group.MapGet($"/{{id:long}}/{format}", (long id, DefinitionQueries q, CancellationToken ct) => ContentAsync(kind, id, contentType, q, ct))
            .WithSummary($"A {words} version's content");
        group.MapGet("/{key}/compare", (string key, string? locality, int from, int to, DefinitionQueries q, CancellationToken ct) =>
            q.CompareAsync(kind, key, Localities.OrNational(locality), from, to, ct)).WithSummary("Two versions compared line by line");
        group.MapPut("/{key}/draft", (string key, string? locality, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                SaveDraftAsync(kind, key, locality, request, mediator, ct))
            .RequireAuthorization(Policies.PathwayDesign)
            .WithSummary("Save a draft; always stored with its problems (code, element, line, fix) unless it does not parse");
        group.MapPost("/{key}/publish", (string key, string? locality, int? expectedVersion, PublishBody? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                PublishAsync(new PublishDefinition(kind, key, Localities.OrNational(locality), http.User.ToActor(), body?.OverrideReason, expectedVersion, body?.ImpactReportId), mediator, ct))
            .RequireAuthorization(Policies.PathwayDesign)
            .WithSummary("Publish the locality's draft: 422 with its problems, 422 naming each failing policy scenario unless overridden with a reason, 409 if someone published first");
        group.MapPost("/{key}/rollback", (string key, string? locality, int toVersion, PublishBody? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                PublishAsync(new RollBackDefinition(kind, key, Localities.OrNational(locality), toVersion, http.User.ToActor(), body?.OverrideReason), mediator, ct))
            .RequireAuthorization(Policies.PathwayDesign)
            .WithSummary("Publish an earlier version's content again as a new version, through the same gate");
    }

    /// <summary>What a publish may carry: the reason a designer publishes although policy fails, and the impact report they were shown.</summary>
    public sealed record PublishBody(string? OverrideReason, long? ImpactReportId = null);

    public sealed record DefinitionVersionView(long Id, DefinitionKind Kind, string Key, string Locality, int Version, DefinitionStatus Status, string ContentHash,
        DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? PublishedAt, string? PublishedBy, IReadOnlyList<DefinitionProblem> Problems,
        long? ImpactReportId = null)
    {
        public static DefinitionVersionView From(DefinitionRecord d) =>
            new(d.Id, d.Kind, d.Key, d.Locality, d.Version, d.Status, d.ContentHash, d.CreatedAt, d.CreatedBy, d.PublishedAt, d.PublishedBy,
                DefinitionProblem.FromJson(d.ProblemsJson), d.ImpactReportId);
    }

    /// <summary>The saved draft, as the shared draft contract has it: key, version, hash and its problems.</summary>
    public sealed record DraftView(long Id, string Key, string Locality, int Version, string Hash, IReadOnlyList<DefinitionProblem> Problems);

    private static async Task<Ok<List<DefinitionVersionView>>> ListAsync(DefinitionKind kind, DefinitionQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.VersionsAsync(kind, ct)).ConvertAll(DefinitionVersionView.From));

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ContentAsync(DefinitionKind kind, long id, string contentType, DefinitionQueries queries, CancellationToken ct) =>
        await queries.FindAsync(kind, id, ct) is { } version
            ? TypedResults.Content(version.Content, contentType)
            : ProblemMapper.Refuse(ApiErrors.DefinitionNotFound, $"there is no {DefinitionStore.Words(kind)} version {id}");

    private static async Task<Ok<DraftView>> SaveDraftAsync(DefinitionKind kind, string key, string? locality, HttpRequest request, IMediator mediator, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var content = await reader.ReadToEndAsync(ct);
        var saved = await mediator.Send(new SaveDraft(kind, key, Localities.OrNational(locality), content, request.HttpContext.User.ToActor()), ct);
        return TypedResults.Ok(new DraftView(saved.Draft.Id, saved.Draft.Key, saved.Draft.Locality, saved.Draft.Version, saved.Draft.ContentHash, saved.Problems));
    }

    private static async Task<Ok<DefinitionVersionView>> PublishAsync(ICommand<DefinitionRecord> command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(DefinitionVersionView.From(await mediator.Send(command, ct)));
}
