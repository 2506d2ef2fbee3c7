using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Impact;

/// <summary>
/// Impact runs: a draft replayed over past referrals in the background, polled for progress,
/// cancellable, its report stored with the draft and shown again while the draft is unchanged.
/// Everyone who reads definitions may run one; example cases reach only those who may see people.
/// </summary>
public static class ImpactApi
{
    public const int DefaultDays = 90;

    public static void AddImpactRuns(this IServiceCollection services)
    {
        services.AddSingleton<ImpactRuns>();
        services.AddScoped<RuleSetDraftReplay>();
        services.AddScoped<IDraftReplay>(sp => sp.GetRequiredService<RuleSetDraftReplay>());
    }

    public static void MapImpactApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Impact").RequireAuthorization(Policies.PathwayRead);
        api.MapPost("/impact-runs", StartAsync)
            .WithSummary("Start replaying a draft over the past referrals of its locality ({kind, key, locality, days}, default 90 days): 202 with the run to poll");
        api.MapGet("/impact-runs/{id:guid}", GetAsync).WithSummary("A run's status and progress (cases done of the total), and its report once finished");
        api.MapDelete("/impact-runs/{id:guid}", Cancel).WithSummary("Cancel a run; a cancelled run stores nothing");
        api.MapGet("/impact-reports/{id:long}", ReportAsync).WithSummary("A stored impact report; format=csv for a spreadsheet");
        api.MapGet("/impact-reports/draft", LatestAsync)
            .WithSummary("The last report run on a draft as it reads now (kind, key, locality); 204 when there is none or the draft changed since");
    }

    /// <summary>What starts a run: the kind and key of the definition, the locality of its draft (default national) and how many days back to replay.</summary>
    public sealed record StartImpactRun(DefinitionKind Kind, string Key, string? Locality, int? Days);

    private static async Task<Results<Accepted<ImpactRunView>, ProblemHttpResult>> StartAsync(
        StartImpactRun start, IEnumerable<IDraftReplay> replays, ImpactRuns runs, HttpContext http, CancellationToken ct)
    {
        var days = start.Days ?? DefaultDays;
        if (days is < 1 or > 3650)
            return ProblemMapper.Refuse(ApiErrors.ReplayPeriodInvalid, $"days must be 1 to 3650, not {days}");
        if (replays.FirstOrDefault(r => r.Kind == start.Kind) is not { } replay)
            return ProblemMapper.Refuse(ApiErrors.NoReplayForKind, $"{DefinitionStore.Words(start.Kind)} drafts cannot be replayed on this host");
        var prepared = await replay.PrepareAsync(start.Key, Localities.OrNational(start.Locality), ct);
        if (prepared.Replay is not { } ready)
            return prepared.Refusal!;
        var run = runs.Start(ready, days, http.User.ToActor().Id);
        return TypedResults.Accepted($"/api/impact-runs/{run.Id}", ImpactRunView.Of(run, null));
    }

    private static async Task<Results<Ok<ImpactRunView>, ProblemHttpResult>> GetAsync(
        Guid id, ImpactRuns runs, ImpactReports reports, IAuthorizationService authorization, HttpContext http, CancellationToken ct)
    {
        if (runs.Find(id) is not { } run)
            return ProblemMapper.Refuse(ApiErrors.NoImpactRun, $"there is no impact run {id} on this host (runs are kept an hour after they end)");
        StoredImpactReportView? report = null;
        if (run.ReportId is { } reportId && await reports.FindAsync(reportId, ct) is { } stored)
            report = ImpactViewer.View(stored, await ImpactViewer.SeesPeopleAsync(authorization, http.User));
        return TypedResults.Ok(ImpactRunView.Of(run, report));
    }

    private static Results<Accepted<ImpactRunView>, ProblemHttpResult> Cancel(Guid id, ImpactRuns runs)
    {
        if (runs.Find(id) is not { } run)
            return ProblemMapper.Refuse(ApiErrors.NoImpactRun, $"there is no impact run {id} on this host");
        run.Cancel();
        return TypedResults.Accepted($"/api/impact-runs/{run.Id}", ImpactRunView.Of(run, null));
    }

    private static async Task<IResult> ReportAsync(
        long id, string? format, ImpactReports reports, IAuthorizationService authorization, HttpContext http, CancellationToken ct)
    {
        if (await reports.FindAsync(id, ct) is not { } stored)
            return ProblemMapper.Refuse(ApiErrors.NoImpactReport, $"there is no impact report {id}");
        var view = ImpactViewer.View(stored, await ImpactViewer.SeesPeopleAsync(authorization, http.User));
        if (format != "csv")
            return TypedResults.Ok(view);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"impact-{stored.Key}-{stored.Locality}-v{stored.Version}-{stored.Id}.csv\"";
        return TypedResults.Text(ImpactReportCsv.Write(view.Report, view.ExamplesShown), "text/csv");
    }

    private static async Task<Results<Ok<StoredImpactReportView>, NoContent>> LatestAsync(
        DefinitionKind kind, string key, string? locality, DefinitionQueries definitions, ImpactReports reports,
        IAuthorizationService authorization, HttpContext http, CancellationToken ct)
    {
        var draft = await definitions.FindAsync(kind, key, Localities.OrNational(locality), DefinitionStatus.Draft, ct);
        if (draft is null || await reports.LatestForAsync(draft, ct) is not { } stored)
            return TypedResults.NoContent();
        return TypedResults.Ok(ImpactViewer.View(stored, await ImpactViewer.SeesPeopleAsync(authorization, http.User)));
    }
}
