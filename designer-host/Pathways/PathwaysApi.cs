using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Commands;
using Pathway.Runtime.InstanceMigration;

namespace Pathway.DesignerHost.Pathways;

/// <summary>
/// What publishing means for the cases still running: how many on which version (they stay there
/// unless moved), a dry run of moving them to the draft or another version, the move itself (one
/// journalled command per case, safe to repeat), and the draft's impact on past referrals.
/// </summary>
public static class PathwaysApi
{
    public static void MapPathwaysApi(this IEndpointRouteBuilder app)
    {
        var pathways = app.MapGroup("/api/pathways").WithTags("Pathways").RequireAuthorization(Policies.PathwayDesign);
        pathways.MapGet("/{key}/open-cases", CountAsync)
            .WithSummary("Running cases of the pathway (in a locality, or everywhere) by the version they run on");
        pathways.MapPost("/{key}/migrations/dry-run", DryRunAsync)
            .WithSummary("Which running cases could move where they stand to the draft (default) or toVersion, and why the others cannot; nothing is written");
        pathways.MapPost("/{key}/migrations", MigrateAsync)
            .WithSummary("Move running cases (all of the locality's, or the caseIds given) to the published version (default) or toVersion, one journalled transaction each; repeating it moves nothing twice");
        app.MapGet("/api/pathways/{key}/impact", PathwayImpact.ReportAsync).WithTags("Pathways").RequireAuthorization(Policies.PathwayRead)
            .WithSummary("What the locality's pathway draft would have done for the people really seen (default the last 90 days), with the published rules: transitions of decisions and of where the pathway takes each case; format=csv for a spreadsheet");
    }

    private static async Task<Ok<OpenCaseCounts>> CountAsync(string key, string? locality, OpenCases openCases, CancellationToken ct) =>
        TypedResults.Ok(await openCases.CountAsync(key, locality, ct));

    private static async Task<Ok<MigrationDryRun>> DryRunAsync(string key, string? locality, int? toVersion, OpenCases openCases, CancellationToken ct) =>
        TypedResults.Ok(await openCases.DryRunAsync(key, locality, toVersion, ct));

    private static async Task<Ok<MigrationRun>> MigrateAsync(
        string key, string? locality, int? toVersion, MigrationBody? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new MigrateOpenCases(key, locality, toVersion, body?.CaseIds, http.User.ToActor()), ct));

    /// <summary>Which cases to move; none given moves every running case of the pathway in the locality.</summary>
    public sealed record MigrationBody(IReadOnlyList<Guid>? CaseIds);
}
