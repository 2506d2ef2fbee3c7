using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Audit;

public static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Audit)
            .MapGet("/", ListAsync).WithSummary("Access audit, newest first, optionally for one case");

    private static async Task<Ok<List<AccessAuditRecord>>> ListAsync(Guid? caseId, PathwayDbContext db, CancellationToken ct)
    {
        var query = db.AccessAudit.AsNoTracking();
        if (caseId is { } id)
            query = query.Where(a => a.CaseId == id);
        return TypedResults.Ok(await query.OrderByDescending(a => a.Id).Take(500).ToListAsync(ct));
    }
}
