using System.Text.Json;
using Pathway.DesignerHost.Security;
using Pathway.Runtime;

namespace Pathway.DesignerHost.Api;

public static class RolesApi
{
    public sealed record RoleView(string Id, string Name, string? Discipline);

    /// <summary>The configured roles (workflows/roles.json) that tasks are offered to: the designer's role picker.</summary>
    public static void MapRolesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/roles", (PathwayRuntimeOptions options) =>
        {
            var file = Path.Combine(options.WorkflowsPath ?? "", "roles.json");
            var roles = File.Exists(file)
                ? JsonSerializer.Deserialize<List<RoleView>>(File.ReadAllText(file), JsonSerializerOptions.Web) ?? []
                : [];
            return TypedResults.Ok(roles);
        }).WithTags("Roles").RequireAuthorization(Policies.PathwayRead).WithSummary("The roles tasks can be offered to");
    }
}
