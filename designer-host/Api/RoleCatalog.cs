using System.Text.Json;
using Pathway.Runtime;

namespace Pathway.DesignerHost.Api;

/// <summary>The configured roles (workflows/roles.json) that tasks are offered to.</summary>
public static class RoleCatalog
{
    public sealed record RoleView(string Id, string Name, string? Discipline);

    public static List<RoleView> Load(PathwayRuntimeOptions options)
    {
        var file = Path.Combine(options.WorkflowsPath ?? "", "roles.json");
        return File.Exists(file) ? JsonSerializer.Deserialize<List<RoleView>>(File.ReadAllText(file), JsonSerializerOptions.Web) ?? [] : [];
    }
}
