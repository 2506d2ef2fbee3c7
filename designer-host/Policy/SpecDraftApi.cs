using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.DesignerHost.Security;
using Pathway.Policy.Running;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Policy;

/// <summary>
/// What the spec editor needs beyond the definition store: the step wordings the policy library
/// knows, and a saved draft run against its locality's published definitions. A draft run is
/// not journalled: the Policy page shows only what is published.
/// </summary>
public static class SpecDraftApi
{
    public static void MapSpecDraftApi(this IEndpointRouteBuilder app)
    {
        var specs = app.MapGroup("/api/specs").WithTags("Specs");
        specs.MapGet("/steps", Steps).RequireAuthorization(Policies.PathwayRead)
            .WithSummary("Every step wording a spec may use (Given, When, Then), as the step definitions' own patterns");
        specs.MapPost("/{key}/run", RunDraftAsync).RequireAuthorization(Policies.PolicyRun)
            .WithSummary("Run the locality's saved draft of a spec against the locality's published definitions; nothing is recorded");
    }

    /// <summary>A step wording: its keyword and its pattern, with "(.+)" where the writer puts their own words.</summary>
    public sealed record StepWording(string Keyword, string Pattern);

    private static Ok<List<StepWording>> Steps(StepLibrary library) =>
        TypedResults.Ok(library.Steps
            .Select(s => new StepWording(s.Type.ToString(), s.Pattern.ToString().TrimStart('^').TrimEnd('$')))
            .Distinct()
            .OrderBy(s => s.Keyword switch { "Given" => 0, "When" => 1, _ => 2 })
            .ThenBy(s => s.Pattern, StringComparer.Ordinal)
            .ToList());

    private static async Task<Ok<PolicyRun>> RunDraftAsync(string key, string? locality, DefinitionQueries definitions, PolicyRunner runner, CancellationToken ct)
    {
        var where = Localities.OrNational(locality);
        var draft = await definitions.FindAsync(DefinitionKind.Spec, key, where, DefinitionStatus.Draft, ct)
            ?? throw new DefinitionNotFoundException($"spec '{key}' has no saved draft for locality '{where}': save the draft first");
        var set = (await definitions.PublishedSetAsync(where, ct)).With([draft]);
        return TypedResults.Ok(await runner.RunAsync(set, [draft], ct));
    }
}
