using Pathway.DesignerHost.Security;
using Pathway.Engine.Vocabulary;

namespace Pathway.DesignerHost.Worklist;

/// <summary>A choice in the reassign picker: <c>person:&lt;id&gt;</c> or <c>role:&lt;id&gt;</c>, shown by name.</summary>
public sealed record ReassignChoice(string Value, string Label, bool IsPerson);

/// <summary>Whom a coordinator may give a task to: the staff of the task's team (when the host knows them) and every staff role.</summary>
public sealed class ReassignTargets(IServiceProvider services)
{
    public const string PersonPrefix = "person:";
    public const string RolePrefix = "role:";

    public IReadOnlyList<ReassignChoice> For(string team)
    {
        // Staff come from the demo directory in Development; elsewhere the identity provider holds them, and roles remain.
        var people = services.GetService<DemoUsers>() is null ? [] : DemoUsers.All
            .Where(u => u.Teams.Contains(team, StringComparer.Ordinal) && u.Roles.Any(r => r is "clinician" or "coordinator"))
            .Select(u => new ReassignChoice(PersonPrefix + u.Username, u.Name, true));
        return [.. people, .. StaffRoles.All.Select(r => new ReassignChoice(RolePrefix + r.Id, r.Name, false))];
    }

    /// <summary>The picker's value as the command's (toPerson, toRole); both null when it is neither.</summary>
    public static (string? ToPerson, string? ToRole) Read(string? value) =>
        value is null ? (null, null)
        : value.StartsWith(PersonPrefix, StringComparison.Ordinal) ? (value[PersonPrefix.Length..], null)
        : value.StartsWith(RolePrefix, StringComparison.Ordinal) ? (null, value[RolePrefix.Length..])
        : (null, null);
}
