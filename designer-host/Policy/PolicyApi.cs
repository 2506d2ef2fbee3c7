using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.DesignerHost.Security;
using Pathway.Policy.Gate;
using Pathway.Policy.Running;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Policy;

/// <summary>The live policy results: each locality's latest run against its published set, the standing overrides, and "run now".</summary>
public static class PolicyApi
{
    public static void MapPolicyApi(this IEndpointRouteBuilder app)
    {
        var policy = app.MapGroup("/api/policy").WithTags("Policy").RequireAuthorization(Policies.PathwayRead);
        policy.MapGet("/results", ResultsAsync).WithSummary("Each locality's latest run against its published definitions, with the versions, when, and standing overrides");
        policy.MapPost("/run", RunAsync).RequireAuthorization(Policies.PolicyRun)
            .WithSummary("Run every locality's specs against its published definitions now, and record the results");
        app.MapSpecDraftApi();
    }

    /// <param name="Checking">Codes of localities just added whose policy run has not finished; their run shows in <paramref name="Runs"/> when it has.</param>
    public sealed record PolicyResultsView(IReadOnlyList<PolicyRun> Runs, IReadOnlyList<PolicyOverrideRecord> Overrides, IReadOnlyList<string> Checking);

    private static async Task<Ok<PolicyResultsView>> ResultsAsync(PolicyJournal journal, CancellationToken ct) =>
        TypedResults.Ok(new PolicyResultsView(await journal.LatestRunsAsync(ct), await journal.StandingOverridesAsync(ct),
            (await journal.AwaitingCheckAsync(ct)).ConvertAll(l => l.Code)));

    private static async Task<Ok<PolicyResultsView>> RunAsync(PolicyMonitor monitor, PolicyJournal journal, HttpContext http, CancellationToken ct)
    {
        await monitor.RunAllAsync($"run now by {http.User.Identity?.Name ?? "someone"}", ct);
        return await ResultsAsync(journal, ct);
    }
}
