namespace Pathway.Rules.Validation;

/// <summary>Output vocabularies a rule set may use, so a typo in a role id fails at load, not on a case.</summary>
public static class KnownValues
{
    public static readonly IReadOnlySet<string> Roles = Pathway.Engine.Vocabulary.StaffRoles.Ids;

    public static readonly IReadOnlySet<string> ResponseStandards = new HashSet<string>(StringComparer.Ordinal)
    {
        "2-hour", "2-day", "routine",
    };
}
