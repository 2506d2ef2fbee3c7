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

    private static async Task<Ok<List<OutcomeCount>>> OutcomesAsync(PathwayDbContext db, CancellationToken ct)
    {
        var counts = await db.CaseClosures.AsNoTracking()
            .GroupBy(c => new { c.Locality, c.Outcome })
            .Select(g => new { g.Key.Locality, g.Key.Outcome, Cases = g.Count() })
            .ToListAsync(ct);
        return TypedResults.Ok(counts.OrderBy(o => o.Locality, StringComparer.Ordinal).ThenBy(o => o.Outcome, StringComparer.Ordinal)
            .Select(o => new OutcomeCount(o.Locality, o.Outcome, o.Cases)).ToList());
    }
}
