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
        db.ChangeTracker.Clear();
        db.AccessAudit.Add(new AccessAuditRecord
        {
            At = clock.GetUtcNow(),
            ActorId = http.User.ToActor().Id,
            Action = HttpMethods.IsGet(http.Request.Method) ? "read" : "change",
            What = $"{http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path}",
            CaseId = caseId,
            Status = result is IStatusCodeHttpResult { StatusCode: { } status } ? status : StatusCodes.Status200OK,
        });
        await db.SaveChangesAsync(http.RequestAborted);
        return result;
    }
}
