using Pathway.DesignerHost.Security;
using Pathway.Engine.Vocabulary;

namespace Pathway.DesignerHost.Api;

public static class RolesApi
{
    public sealed record RoleView(string Id, string Name, string? Discipline);

    /// <summary>The roles tasks are offered to (<see cref="StaffRoles"/>): the designer's role picker.</summary>
    public static void MapRolesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/roles", () => TypedResults.Ok(StaffRoles.All.Select(r => new RoleView(r.Id, r.Name, r.Discipline)).ToList())).WithTags("Roles").RequireAuthorization(Policies.PathwayRead).WithSummary("The roles tasks can be offered to");
    }
}
