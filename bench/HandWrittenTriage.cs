using Pathway.Rules.Facts;

namespace Pathway.Bench;

/// <summary>
/// The national best-placed-assessor rules written as plain C#, as the speed baseline. It
/// returns the deciding rule's name; the benchmark checks it agrees with the rule set.
/// </summary>
internal static class HandWrittenTriage
{
    private static readonly HashSet<string> UcrNeeds =
    [
        "fall", "frailty-decompensation", "reduced-function", "urgent-equipment",
        "confusion-delirium", "catheter-care", "diabetes-support", "carer-breakdown",
    ];

    public static string Decide(CaseFacts r)
    {
        if (r.News2Score >= 7 && !r.EndOfLife) return "emergency-news2";
        if (r.SepsisSuspected && !r.EndOfLife) return "sepsis-suspected";
        if (r.StrokeSuspected && !r.EndOfLife) return "stroke-suspected";
        if (r.SuspectedFracture) return "suspected-fracture";
        if (r.HeadInjury && r.OnAnticoagulants) return "head-injury-on-anticoagulants";
        if (r.LossOfConsciousness) return "loss-of-consciousness";
        if (r.Age < 18) return "under-18";
        if (r.MentalHealthCrisis) return "mental-health-crisis";
        if (r.HeadInjury) return "head-injury";
        if ((r.News2Score >= 5 || r.News2SingleParameterScore3) && r.PresentingNeed != "palliative-crisis") return "news2-urgent";
        var need = r.PresentingNeed;
        if (need == "palliative-crisis") return "palliative-crisis";
        if (need == "reduced-function" && r.ReablementPotential && r.CarerStatus != "breakdown" && r.News2Score <= 4) return "reduced-function-reablement";
        if (need == "other" && r.ReablementPotential) return "other-reablement";
        if ((r.HourOfDay < 8 || r.HourOfDay >= 20) && need is not null && UcrNeeds.Contains(need)) return "overnight-ucr";
        if (need == "fall" && r.LongLie) return "fall-long-lie";
        if (need is "fall" or "frailty-decompensation" or "reduced-function" or "urgent-equipment" or "confusion-delirium"
            or "catheter-care" or "diabetes-support")
            return need;
        if (need == "carer-breakdown" || r.CarerStatus == "breakdown") return "carer-breakdown";
        return "routine";
    }
}
