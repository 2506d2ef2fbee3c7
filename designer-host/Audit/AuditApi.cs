using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.Cases.Audit;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Audit;

public static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Audit)
            .MapGet("/", ListAsync).WithSummary("Access audit, newest first, optionally for one case or one user, a page at a time (p, from 1)");

    private static async Task<Ok<IReadOnlyList<AccessAuditRecord>>> ListAsync(Guid? caseId, string? user, int? p, AccessAuditQuery audit, CancellationToken ct) =>
        TypedResults.Ok((await audit.ListAsync(new AccessAuditSearch(user, caseId, p ?? 1, AccessAuditQuery.MaxPageSize), ct)).Rows);
}
