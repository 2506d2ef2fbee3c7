using Pathway.DesignerHost.Security;
using Pathway.Runtime;

namespace Pathway.DesignerHost.Api;

public static class RolesApi
{
    /// <summary>The configured roles (workflows/roles.json) that tasks are offered to: the designer's role picker.</summary>
    public static void MapRolesApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/roles", (PathwayRuntimeOptions options) => TypedResults.Ok(RoleCatalog.Load(options)))
            .WithTags("Roles").RequireAuthorization(Policies.PathwayRead).WithSummary("The roles tasks can be offered to");
}
