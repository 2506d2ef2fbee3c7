using Pathway.DesignerHost.Api;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Audit;

/// <summary>
/// Records every successful read of, or change to, a person's record: who, when, which
/// endpoint and which case. Handlers that learn the case id late (a task, a new referral) name it via <see cref="ForCase"/>.
/// </summary>
public sealed class AccessAuditFilter(PathwayDbContext db, TimeProvider clock) : IEndpointFilter
{
    private const string CaseItem = "audit.caseId";

    public static void ForCase(HttpContext http, Guid caseId) => http.Items[CaseItem] = caseId;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        var caseId = http.Items[CaseItem] as Guid?
            ?? (http.GetRouteValue("caseId") ?? http.GetRouteValue("id")) switch
            {
                string text when Guid.TryParse(text, out var id) => id,
                _ => null,
            };
        await RecordAsync(db, clock, http, caseId, result is IStatusCodeHttpResult { StatusCode: { } status } ? status : StatusCodes.Status200OK);
        return result;
    }

    /// <summary>Writes one audit row; Razor Pages, which endpoint filters do not reach, call it themselves.</summary>
    public static async Task RecordAsync(PathwayDbContext db, TimeProvider clock, HttpContext http, Guid? caseId, int status)
    {
        // The command may have left entities tracked; the audit row must be saved on its own.
        db.ChangeTracker.Clear();
        db.AccessAudit.Add(new AccessAuditRecord
        {
            At = clock.GetUtcNow(),
            ActorId = http.User.ToActor().Id,
            Action = HttpMethods.IsGet(http.Request.Method) ? "read" : "change",
            What = $"{http.Request.Method} {Route(http)}",
            CaseId = caseId,
            Status = status,
        });
        await db.SaveChangesAsync(http.RequestAborted);
    }

    /// <summary>The route template, not the path, so rows for one endpoint read alike; a page's template has no leading slash.</summary>
    private static string Route(HttpContext http) =>
        (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } template ? "/" + template.TrimStart('/') : http.Request.Path.Value ?? "";
}
