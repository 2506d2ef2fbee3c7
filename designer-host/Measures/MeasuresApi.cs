using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.DesignerHost.Security;
using Pathway.Measures.Definitions;
using Pathway.Measures.Export;
using Pathway.Measures.Projection;
using Pathway.Measures.Queries;
using Pathway.Runtime.Commands;

namespace Pathway.DesignerHost.Measures;

/// <summary>
/// Measures as JSON and CSV. Each request first folds any new journal rows, so the figures are
/// current without a background job; the fold is incremental and cheap when nothing is new.
/// </summary>
public static class MeasuresApi
{
    public static IEndpointRouteBuilder MapMeasuresApi(this IEndpointRouteBuilder app)
    {
        // Aggregates, and one pseudonymous export: the reporting roles, as for the outcome reports.
        var group = app.MapGroup("/api/measures").WithTags("Measures").RequireAuthorization(Policies.Reports);
        group.MapGet("/", GetDashboardAsync);
        group.MapGet("/ucr-referrals.csv", GetUcrReferralsAsync);
        group.MapGet("/{measure}.csv", GetMeasureCsvAsync);
        group.MapGet("/definitions", () => TypedResults.Ok(MeasureDefinitions.All));
        return app;
    }

    private static async Task<Ok<MeasuresResponse>> GetDashboardAsync(
        [AsParameters] MeasuresQueryParameters query, ProjectionGate projection, MeasuresQuery measures, CancellationToken cancellationToken)
    {
        await projection.CatchUpAsync(cancellationToken);
        var dashboard = await measures.GetAsync(query.ToFilter(), cancellationToken);
        return TypedResults.Ok(new MeasuresResponse(dashboard, MeasureDefinitions.All));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetMeasureCsvAsync(
        string measure, [AsParameters] MeasuresQueryParameters query, ProjectionGate projection, MeasuresQuery measures, CancellationToken cancellationToken)
    {
        if (MeasureDefinitions.All.All(d => d.Id != measure))
            return ProblemMapper.Refuse(ApiErrors.MeasureNotFound, $"there is no measure '{measure}'; measures: {string.Join(", ", MeasureDefinitions.All.Select(d => d.Id))}");
        await projection.CatchUpAsync(cancellationToken);
        var dashboard = await measures.GetAsync(query.ToFilter(), cancellationToken);
        var view = MeasureViews.Build(dashboard).Single(v => v.Definition.Id == measure);
        var csv = Csv.Write(view.Headers, view.Rows);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", $"{measure}-{dashboard.From:yyyy-MM-dd}-{dashboard.To:yyyy-MM-dd}.csv");
    }

    private static async Task<FileContentHttpResult> GetUcrReferralsAsync(
        [AsParameters] MeasuresQueryParameters query, ProjectionGate projection, MeasuresQuery measures, UcrReferralExport export, CancellationToken cancellationToken)
    {
        await projection.CatchUpAsync(cancellationToken);
        var filter = query.ToFilter();
        var (from, to) = await measures.ResolvePeriodAsync(filter, cancellationToken);
        var csv = await export.WriteAsync(filter, from, to, cancellationToken);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", $"ucr-referrals-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv");
    }
}

/// <summary>The dashboard with the definitions of its measures.</summary>
public sealed record MeasuresResponse(Dashboard Dashboard, IReadOnlyList<MeasureDefinition> Definitions);
