using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.Cases.CaseList;
using Pathway.Cases.Localities;
using Pathway.Cases.People;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Security;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

using Pathway.Runtime.Commands;

namespace Pathway.DesignerHost.Api;

/// <summary>The case list and search over the same read model as the /cases page.</summary>
public static class CaseListApi
{
    public static void MapCaseListApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/cases", ListAsync).WithTags("Cases").RequireAuthorization(Policies.CaseRead).AddEndpointFilter<AccessAuditFilter>()
            .WithSummary("The reader's teams' cases, newest referral first; q searches NHS number, name, date of birth or case reference; filter by status, locality, standard, overdue; paged");

    /// <summary>The query string a case list reads, shared by the page and the API.</summary>
    public sealed record CaseListParameters(string? Q, string? Status, string? Locality, string? Standard, bool? Overdue, int? Page, int? PageSize)
    {
        public CaseListQuery ToQuery() => new(Q, Enum.TryParse<CaseStatus>(Status, ignoreCase: true, out var s) ? s : null,
            string.IsNullOrWhiteSpace(Locality) ? null : Locality, string.IsNullOrWhiteSpace(Standard) ? null : Standard,
            Overdue ?? false, Page ?? 1, PageSize ?? CaseListQuery.DefaultPageSize);
    }

    /// <summary>The localities whose cases the reader may list: those their teams serve; every one for an administrator.</summary>
    public static async Task<IReadOnlyCollection<string>?> ServedLocalitiesAsync(PathwayDbContext db, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct) =>
        CaseAccess.SeesAllTeams(user) ? null : [.. (await db.LocalitiesServedByAsync(user.ToActor(), ct)).Select(l => l.Code)];

    private static async Task<Results<Ok<CaseListPage>, ProblemHttpResult>> ListAsync([AsParameters] CaseListParameters parameters, PathwayDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (parameters.Status is { Length: > 0 } status && !Enum.TryParse<CaseStatus>(status, ignoreCase: true, out _))
            return TypedResults.Problem($"status must be one of {string.Join(", ", Enum.GetNames<CaseStatus>())}", statusCode: StatusCodes.Status400BadRequest,
                title: "The request is not valid", extensions: new Dictionary<string, object?> { ["code"] = CaseListCodes.UnknownStatus });
        return TypedResults.Ok(await CaseListReader.ReadAsync(db, parameters.ToQuery(), await ServedLocalitiesAsync(db, http.User, ct), clock.GetUtcNow(), PersonAge.Today(clock), ct));
    }
}

/// <summary>Error codes of the case list, in the case record range; the lead folds them into the catalogue.</summary>
public static class CaseListCodes
{
    public const string UnknownStatus = ApiErrors.UnknownCaseStatus;
}
