using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Security;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Rules;

/// <summary>Rule sets: versions, drafts, publishing, and a bench that evaluates a sample referral without making a case.</summary>
public static class RulesApi
{
    public static void MapRulesApi(this IEndpointRouteBuilder app)
    {
        var rules = app.MapGroup("/api/rules").WithTags("Rules").RequireAuthorization(Policies.PathwayRead);
        rules.MapGet("/", ListAsync).WithSummary("Every rule-set version, national and per locality");
        rules.MapGet("/{id:long}/json", JsonAsync).WithSummary("A rule-set version's RulesEngine workflow JSON");
        rules.MapPut("/{name}/draft", SaveDraftAsync).RequireAuthorization(Policies.PathwayDesign).WithSummary("Save a draft (workflow JSON body); 400 lists every error by rule and expression");
        rules.MapPost("/{name}/publish", PublishAsync).RequireAuthorization(Policies.PathwayDesign).WithSummary("Publish the locality's draft");
        rules.MapPost("/{name}/evaluate", EvaluateAsync).RequireAuthorization(Policies.PathwayDesign)
            .WithSummary("Evaluate a sample referral: the decision with the rule that fired, the inputs it read and the outputs; draft=true tries the draft");
    }

    public sealed record RuleSetVersionView(long Id, string Name, string Locality, int Version, DefinitionStatus Status, string ContentHash,
        DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? PublishedAt, string? PublishedBy, IReadOnlyList<RuleView> Rules)
    {
        public static RuleSetVersionView From(RuleSetRecord r) =>
            new(r.Id, r.Name, r.Locality, r.Version, r.Status, r.ContentHash, r.CreatedAt, r.CreatedBy, r.PublishedAt, r.PublishedBy, RuleView.Read(r.Json));
    }

    /// <summary>A rule as a service designer reads it: name, condition and plain-English description.</summary>
    public sealed record RuleView(string Name, string Expression, string? Description)
    {
        public static IReadOnlyList<RuleView> Read(string json)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement[0] : document.RootElement;
            return [.. root.GetProperty("Rules").EnumerateArray().Select(r => new RuleView(
                r.GetProperty("RuleName").GetString() ?? "",
                r.TryGetProperty(nameof(Expression), out var e) ? e.GetString() ?? "" : "",
                r.TryGetProperty("Properties", out var p) && p.TryGetProperty("description", out var d) ? d.GetString() : null))];
        }
    }

    private static async Task<Ok<List<RuleSetVersionView>>> ListAsync(PathwayDbContext db, CancellationToken ct)
    {
        var rows = await db.RuleSets.AsNoTracking().OrderBy(r => r.Name).ThenBy(r => r.Locality).ThenBy(r => r.Version).ToListAsync(ct);
        return TypedResults.Ok(rows.ConvertAll(RuleSetVersionView.From));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> JsonAsync(long id, PathwayDbContext db, CancellationToken ct) =>
        await db.RuleSets.AsNoTracking().Where(r => r.Id == id).Select(r => r.Json).SingleOrDefaultAsync(ct) is { } json
            ? TypedResults.Content(json, "application/json")
            : ProblemMapper.Refuse(ApiErrors.DefinitionNotFound, $"there is no rule set version {id}");

    private static async Task<Ok<RuleSetVersionView>> SaveDraftAsync(string name, string? locality, HttpRequest request, IMediator mediator, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        var draft = await mediator.Send(new SaveRuleSetDraft(name, Localities.OrNational(locality), json, request.HttpContext.User.ToActor()), ct);
        return TypedResults.Ok(RuleSetVersionView.From(draft));
    }

    private static async Task<Ok<RuleSetVersionView>> PublishAsync(string name, string? locality, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var published = await mediator.Send(new PublishRuleSet(name, Localities.OrNational(locality), http.User.ToActor()), ct);
        return TypedResults.Ok(RuleSetVersionView.From(published));
    }

    private static async Task<Results<Ok<RuleDecision>, ProblemHttpResult>> EvaluateAsync(
        string name, string? locality, bool? draft, Dictionary<string, JsonElement> referral,
        IRuleSetEvaluator published, IRuleSetSource source, PathwayDbContext db, CancellationToken ct)
    {
        var variables = referral.ToDictionary(v => v.Key, v => CaseStateJson.ToPlain(v.Value), StringComparer.Ordinal);
        var evaluator = published;
        if (draft == true)
        {
            var where = Localities.OrNational(locality);
            var row = await db.RuleSets.AsNoTracking().SingleOrDefaultAsync(r => r.Name == name && r.Locality == where && r.Status == DefinitionStatus.Draft, ct);
            if (row is null)
                return ProblemMapper.Refuse(ApiErrors.NoRuleSetDraft, $"rule set '{name}' has no draft for '{where}'");
            var version = new RuleSetVersion(row.Name, where == Localities.National ? null : where, row.Version, row.Json, row.ContentHash);
            evaluator = new RuleSetEvaluator(new DraftOverlaySource(source, version));
        }
        try
        {
            return TypedResults.Ok(evaluator.Evaluate(name, locality, variables));
        }
        catch (RuleSetException ex)
        {
            return ProblemMapper.Refuse(ex.Code, ex.Message, new Dictionary<string, object?> { ["errors"] = ex.Errors });
        }
    }
}
