namespace Pathway.Engine.Vocabulary;

/// <summary>A role tasks are offered to: its id in pathways and rules, its name on screen, and its discipline.</summary>
public sealed record StaffRole(string Id, string Name, string Discipline, bool IsGroup = false);

/// <summary>
/// Every role a pathway may offer a task to, defined once for the BPMN, the rules' validation,
/// the designer's role picker and the forms' "disciplines present"; a person's discipline is one
/// of these roles.
/// </summary>
public static class StaffRoles
{
    public const string Coordinator = "coordinator";

    public static readonly IReadOnlyList<StaffRole> All =
    [
        new("crisis-response-nurse", "Crisis response nurse", "nursing"),
        new("advanced-clinical-practitioner", "Advanced clinical practitioner", "advanced practice"),
        new("community-physiotherapist", "Community physiotherapist", "physiotherapy"),
        new("occupational-therapist", "Occupational therapist", "occupational therapy"),
        new("district-nurse", "District nurse", "nursing"),
        new("social-worker", "Social worker", "social care"),
        new("specialist-palliative-care-nurse", "Specialist palliative care nurse", "palliative care"),
        new("gp", "GP", "general practice"),
        new("housing-officer", "Housing officer", "housing"),
        new("care-home-mdt", "Care home MDT", "multi-disciplinary", IsGroup: true),
        new("mdt", "MDT huddle", "multi-disciplinary", IsGroup: true),
        new(Coordinator, "Duty coordinator", "care coordination"),
        new("pharmacist", "Pharmacist", "pharmacy"),
        new("community-psychiatric-nurse", "Community psychiatric nurse", "mental health"),
        new("voluntary-sector-link-worker", "Voluntary sector link worker", "voluntary sector"),
        new("reablement", "Reablement service", "reablement"),
    ];

    public static readonly IReadOnlySet<string> Ids = All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A role's name on screen; a role this list does not know (a pathway's own) reads as its id in words:
    /// "night-sitter" reads "Night sitter".
    /// </summary>
    public static string NameOf(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
            return "";
        if (All.FirstOrDefault(r => r.Id == role) is { } known)
            return known.Name;
        var words = string.Join(' ', role.Split('-').Select(w => w is "gp" or "mdt" or "ed" ? w.ToUpperInvariant() : w));
        return char.ToUpper(words[0], System.Globalization.CultureInfo.InvariantCulture) + words[1..];
    }

    /// <summary>The roles a person holds as their discipline (not a group such as the MDT huddle): who can be present at an MDT.</summary>
    public static readonly IReadOnlyList<StaffRole> Disciplines = [.. All.Where(r => !r.IsGroup)];
}
