using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Closure;

/// <summary>Case outcomes counted by locality: what a commissioner sees, with nothing that identifies a person.</summary>
public static class OutcomesApi
{
    public static void MapOutcomesApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.Reports)
            .MapGet("/outcomes", OutcomesAsync).WithSummary("Closed cases counted by locality and outcome");

    public sealed record OutcomeCount(string Locality, string Outcome, int Cases);

    private static async Task<Ok<List<OutcomeCount>>> OutcomesAsync(PathwayDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.CaseClosures.AsNoTracking()
            .GroupBy(c => new { c.Locality, c.Outcome })
            .Select(g => new OutcomeCount(g.Key.Locality, g.Key.Outcome, g.Count()))
            .OrderBy(o => o.Locality).ThenBy(o => o.Outcome)
            .ToListAsync(ct));
}
