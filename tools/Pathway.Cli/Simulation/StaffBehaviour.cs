using Pathway.Cases.Assessments;
using Pathway.Cases.Closure;
using Pathway.Cases.Handovers;
using Pathway.Cases.Huddles;
using Pathway.Cases.Worklist;
using Pathway.Engine.Vocabulary;

namespace Pathway.Cli.Simulation;

/// <summary>
/// How long synthetic staff take over each task and what they record on its form. Most 2-hour
/// visits land inside the window, about a quarter are late, a few very late enough to escalate;
/// MDTs mostly involve the person and their carers and sometimes agree a risk the person chooses;
/// receiving services sometimes decline, sometimes sit past the acceptance window.
/// </summary>
public sealed class StaffBehaviour(Random random)
{
    private static readonly (string, int)[] ReceivingServices =
        [("reablement", 35), ("social-care", 25), ("gp", 15), ("hospice-at-home", 10), ("voluntary-sector", 8), ("another-team", 7)];

    private static readonly (string, int)[] DeclineReasons =
        [("no capacity", 45), ("outside criteria", 20), ("incomplete assessment", 15), ("needs medical review first", 12), ("person not at home", 8)];

    private static readonly (string, int)[] AdmissionReasons =
        [("acute deterioration", 40), ("fracture found", 20), ("infection needing IV treatment", 25), ("no safe care package", 15)];

    private static readonly (string, int)[] PersonInvolvement = [("present", 50), ("consulted", 28), ("declined", 8), ("lacks-capacity-best-interests", 14)];

    private static readonly (string, int)[] CarerInvolvement = [("present", 40), ("consulted", 38), ("declined", 22)];

    private static readonly (string, int)[] ActionOwners = [("social-worker", 40), ("district-nurse", 35), ("occupational-therapist", 25)];

    private static readonly (string, int)[] ChallengeReasons =
        [("no falls risk score", 40), ("medication review missing", 35), ("carer strain not assessed", 25)];

    /// <summary>Time to work a task, by its pathway node (or, for an ad-hoc task, its form).</summary>
    public TimeSpan Delay(string nodeOrForm, string? standard) => nodeOrForm switch
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
        RecordMdtDecisionHandler.ActionForm => random.LogNormal(TimeSpan.FromDays(1), 0.5),
        AssessmentJournalKinds.RevisionForm => random.LogNormal(TimeSpan.FromHours(4), 0.5),
        _ => random.LogNormal(TimeSpan.FromHours(1), 0.5),
    };

    public TimeSpan HandoverResponseDelay(string? standard) =>
        standard == "2-hour" ? random.LogNormal(TimeSpan.FromMinutes(40), 0.6) : random.LogNormal(TimeSpan.FromHours(10), 0.6);

    /// <summary>Another discipline reviews some assessments: most accepted, a few challenged with a reason; null when nobody reviews it.</summary>
    public (TimeSpan After, string? ChallengeReason)? Review()
    {
        if (!random.Chance(0.3))
            return null;
        var after = random.LogNormal(TimeSpan.FromHours(6), 0.6);
        return (after, random.Chance(0.15) ? random.Pick(ChallengeReasons) : null);
    }

    public MdtDecision MdtDecision(SyntheticReferral referral, DateTimeOffset now)
    {
        var riskAccepted = random.Chance(0.3);
        var actions = Enumerable.Range(0, random.Next(0, 3))
            .Select(_ => new MdtAction("review the care package with the family", random.Pick(ActionOwners), null, now.AddHours(random.Next(24, 96))))
            .ToList();
        return new MdtDecision(
            ["district-nurse", "social-worker", "community-physiotherapist"],
            random.Pick(PersonInvolvement),
            referral.HasCarer ? random.Pick(CarerInvolvement) : "no-carers",
            ["stay at home with a care package", "step-up bed", "admission"],
            random.Chance(0.7) ? "stay at home with a care package" : "further assessment at home",
            riskAccepted,
            riskAccepted ? new PositiveRiskTaking("falls at night", "falls sensor and night checks", "to stay in her own bed") : null,
            actions);
    }

    public HandoverPlan HandoverPlan() => random.Chance(0.55)
        ? new HandoverPlan(true, random.Pick(ReceivingServices), "mobility improving; needs help with washing and dressing")
        : new HandoverPlan(false, null, null);

    public (bool Accepted, string? DeclineReason) HandoverResponse() => random.Chance(0.8)
        ? (true, null)
        : (false, random.Pick(DeclineReasons));

    /// <summary>A few referrals are withdrawn before anyone visits (the person recovered, or went to hospital).</summary>
    public bool WithdrawnBeforeContact() => random.Chance(0.02);

    public CaseClosure Closure(SyntheticReferral referral)
    {
        var palliative = referral.Referral.PresentingNeed == "palliative-crisis";
        (string, int)[] outcomes = palliative
            ? [(ClosureOutcomes.DiedInPreferredPlace, 45), (ClosureOutcomes.AdmissionAvoided, 35), (ClosureOutcomes.Admitted, 12), (ClosureOutcomes.ReferredOn, 8)]
            : [(ClosureOutcomes.AdmissionAvoided, 70), (ClosureOutcomes.Admitted, 14), (ClosureOutcomes.ReferredOn, 10), (ClosureOutcomes.DeclinedByPerson, 5), (ClosureOutcomes.DiedInPreferredPlace, 1)];
        var outcome = random.Pick(outcomes);
        return new CaseClosure(outcome, outcome == ClosureOutcomes.Admitted ? random.Pick(AdmissionReasons) : null);
    }
}
