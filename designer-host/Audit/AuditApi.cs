using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.Cases.Audit;
using Pathway.DesignerHost.Security;

namespace Pathway.DesignerHost.Audit;

public static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Audit)
            .MapGet("/", ListAsync).WithSummary("Access audit, newest first, optionally for one case, one user, a person (part of the name), an NHS number and UK days from and to, a page at a time (p, from 1)");

    private static async Task<Ok<IReadOnlyList<AccessAuditEntry>>> ListAsync(Guid? caseId, string? user, string? person, string? nhsNumber, DateOnly? from, DateOnly? to, int? p,
        AccessAuditQuery audit, CancellationToken ct) =>
        TypedResults.Ok((await audit.ListAsync(new AccessAuditSearch(user, caseId, p ?? 1, AccessAuditQuery.MaxPageSize, person, nhsNumber, from, to), ct)).Rows);
}
