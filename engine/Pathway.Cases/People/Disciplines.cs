using Pathway.Runtime.Commands;

namespace Pathway.Cases.People;

/// <summary>
/// A clinician's discipline travels as one of their roles (crisis-response-nurse, say), so a
/// task offered to that role is theirs to work; the other roles say what they may do.
/// </summary>
public static class Disciplines
{
    public const string Clinician = "clinician";
    public const string Coordinator = "coordinator";
    public const string ServiceDesigner = "service-designer";
    public const string Commissioner = "commissioner";
    public const string Administrator = "administrator";

    public static readonly IReadOnlySet<string> AccessRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        Clinician, Coordinator, ServiceDesigner, Commissioner, Administrator,
    };

    /// <summary>The actor's discipline: their first role that is not an access role; a coordinator with none is a coordinator.</summary>
    public static string? Of(Actor actor) =>
        actor.Roles.FirstOrDefault(r => !AccessRoles.Contains(r)) ?? (actor.HasRole(Coordinator) ? Coordinator : null);
}
