using System.Globalization;

namespace Pathway.Cli.Simulation;

/// <summary>
/// How long synthetic staff take over each task and what they record. Most 2-hour visits land
/// inside the window, about a quarter are late, a few very late enough to escalate; receiving
/// services sometimes decline, sometimes sit past the acceptance window.
/// </summary>
public sealed class StaffBehaviour(Random random)
{
    private static readonly (string, int)[] ReceivingServices =
        [("reablement", 35), ("district-nursing", 25), ("social-care", 20), ("hospice-at-home", 8), ("voluntary-sector", 7), ("mental-health-older-adults", 5)];

    private static readonly (string, int)[] DeclineReasons =
        [("no capacity", 45), ("outside criteria", 20), ("incomplete assessment", 15), ("needs medical review first", 12), ("person not at home", 8)];

    private static readonly (string, int)[] AdmissionReasons =
        [("acute deterioration", 40), ("fracture found", 20), ("infection needing IV treatment", 25), ("no safe care package", 15)];

    public TimeSpan Delay(string nodeId, string? standard) => nodeId switch
    {
        "TrustedAssessment" => standard switch
        {
            "2-hour" => random.LogNormal(TimeSpan.FromMinutes(85), 0.45),
            "2-day" => random.LogNormal(TimeSpan.FromHours(26), 0.5),
            _ => random.LogNormal(TimeSpan.FromDays(3), 0.6),
        },
        "RedirectToEmergency" => random.LogNormal(TimeSpan.FromMinutes(10), 0.4),
        "ArrangeEscalatedAssessment" => random.LogNormal(TimeSpan.FromMinutes(25), 0.4),
        "AlertAssessmentNotStarted" or "AlertMdtOverdue" or "EscalateHandover" => random.LogNormal(TimeSpan.FromMinutes(15), 0.5),
        "MdtReview" => standard == "2-hour" ? random.LogNormal(TimeSpan.FromHours(18), 0.4) : random.LogNormal(TimeSpan.FromDays(4), 0.5),
        "PlanHandover" => random.LogNormal(TimeSpan.FromHours(3), 0.5),
        "CloseWithOutcome" => random.LogNormal(TimeSpan.FromHours(20), 0.7),
        _ => random.LogNormal(TimeSpan.FromHours(1), 0.5),
    };

    public TimeSpan HandoverResponseDelay(string? standard) =>
        standard == "2-hour" ? random.LogNormal(TimeSpan.FromMinutes(40), 0.6) : random.LogNormal(TimeSpan.FromHours(10), 0.6);

    public Dictionary<string, object?> Output(string nodeId, SyntheticReferral referral, DateTimeOffset now) => nodeId switch
    {
        // The assessor records when they arrived; the write-up (the task's completion) comes later.
        "TrustedAssessment" => new Dictionary<string, object?>(referral.Findings)
        {
            ["firstContactAt"] = Max(referral.At, now.AddMinutes(-random.Next(5, 35))).ToString("O", CultureInfo.InvariantCulture),
        },
        "MdtReview" => new()
        {
            ["personInvolved"] = random.Chance(0.82),
            ["carerInvolved"] = random.Chance(0.58),
            ["positiveRiskTaking"] = random.Chance(0.35),
            ["decision"] = random.Chance(0.7) ? "care plan agreed" : "further assessment",
        },
        "PlanHandover" => random.Chance(0.55)
            ? new() { ["handoverRequired"] = true, ["receivingService"] = random.Pick(ReceivingServices) }
            : new() { ["handoverRequired"] = false },
        "CloseWithOutcome" => Outcome(referral),
        _ => new() { ["acknowledged"] = true },
    };

    public Dictionary<string, object?> HandoverResponse() => random.Chance(0.8)
        ? new() { ["handoverAccepted"] = true }
        : new() { ["handoverAccepted"] = false, ["declineReason"] = random.Pick(DeclineReasons) };

    /// <summary>A few referrals are withdrawn before anyone visits (the person recovered, or went to hospital).</summary>
    public bool WithdrawnBeforeContact() => random.Chance(0.02);

    private Dictionary<string, object?> Outcome(SyntheticReferral referral)
    {
        var palliative = referral.Variables["presentingNeed"] as string == "palliative-crisis";
        (string, int)[] outcomes = palliative
            ? [("died-in-preferred-place", 45), ("admission-avoided", 35), ("admitted", 12), ("referred-on", 8)]
            : [("admission-avoided", 70), ("admitted", 14), ("referred-on", 10), ("declined-by-person", 5), ("died-in-preferred-place", 1)];
        var outcome = random.Pick(outcomes);
        return outcome == "admitted"
            ? new() { ["outcome"] = outcome, ["admissionReason"] = random.Pick(AdmissionReasons) }
            : new() { ["outcome"] = outcome };
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
