using Pathway.Runtime.Commands;

namespace Pathway.Policy.Support;

/// <summary>The referral a scenario builds up, and the case the engine made of it.</summary>
public sealed class CaseUnderTest(PathwayWorld world)
{
    public const string PathwayKey = "admission-avoidance";

    /// <summary>Where the referral goes: "the national service" is the locality the run checks (national, or one with no policy of its own).</summary>
    public string Locality { get; set; } = world.Locality;

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
    /// every shipped locality and the case's own: the commands check team access themselves, and the specs are about the pathway.
    /// </summary>
    public Actor Staff(string role) =>
        new($"spec-{role}", $"A {role.Replace('-', ' ')}", role == "coordinator" ? [role] : [role, "clinician"],
            [.. new[] { "spec-team", "national", "north-shire", "coastal-bay", "riverside", Locality }.Distinct()]);
}
