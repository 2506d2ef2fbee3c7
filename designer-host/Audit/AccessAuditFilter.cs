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

    /// <summary>
    /// Writes one audit row; Razor Pages, which endpoint filters do not reach, call it themselves, naming the
    /// form's handler (the route alone does not say which form was sent) and any reason given for opening the record.
    /// </summary>
    public static async Task RecordAsync(PathwayDbContext db, TimeProvider clock, HttpContext http, Guid? caseId, int status, string? handler = null, string? reason = null)
    {
        // The command may have left entities tracked; the audit row must be saved on its own.
        db.ChangeTracker.Clear();
        db.AccessAudit.Add(new AccessAuditRecord
        {
            At = clock.GetUtcNow(),
            ActorId = http.User.ToActor().Id,
            Action = HttpMethods.IsGet(http.Request.Method) ? "read" : "change",
            What = $"{http.Request.Method} {Route(http)}" + (handler is null ? "" : $"?handler={handler}"),
            CaseId = caseId,
            Status = status,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        });
        await db.SaveChangesAsync(http.RequestAborted);
    }

    /// <summary>The route template, not the path, so rows for one endpoint read alike; a page's template has no leading slash, a group's root a trailing one.</summary>
    private static string Route(HttpContext http) =>
        (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } template ? "/" + template.Trim('/') : http.Request.Path.Value ?? "";
}
