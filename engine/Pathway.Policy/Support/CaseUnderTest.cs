using Pathway.Runtime.Commands;

namespace Pathway.Policy.Support;

/// <summary>The referral a scenario builds up, and the case the engine made of it.</summary>
public sealed class CaseUnderTest
{
    public const string PathwayKey = "admission-avoidance";

    public string Locality { get; set; } = "national";

    /// <summary>
    /// What every referral says unless the scenario says otherwise: an adult of 75, mildly frail,
    /// at home, NEWS2 1, referred by the GP at 11:00 on a weekday. Stated in each feature's description.
    /// </summary>
    public Dictionary<string, object?> Variables { get; } = new(StringComparer.Ordinal)
    {
        ["age"] = 75L,
        ["clinicalFrailtyScale"] = 5L,
        ["setting"] = "own-home",
        ["news2Score"] = 1L,
        ["referralSource"] = "gp",
        ["hourOfDay"] = 11L,
        ["dayOfWeek"] = "wednesday",
    };

    public Guid? CaseId { get; set; }

    /// <summary>The last command the engine refused, kept so a Then step can say why.</summary>
    public Exception? Refusal { get; set; }

    public Guid Id => CaseId ?? throw new InvalidOperationException("no case yet: a step must receive the referral first");

    /// <summary>
    /// A member of staff whose discipline is the role (a clinician unless they coordinate), in the team of
    /// every shipped locality: the commands check team access themselves, and the specs are about the pathway.
    /// </summary>
    public static Actor Staff(string role) =>
        new($"spec-{role}", $"A {role.Replace('-', ' ')}", role == "coordinator" ? [role] : [role, "clinician"],
            ["spec-team", "national", "north-shire", "coastal-bay", "riverside"]);
}
