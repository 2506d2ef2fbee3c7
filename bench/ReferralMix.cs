namespace Pathway.Bench;

/// <summary>A deterministic, realistic mix of referrals: mostly the nine UCR conditions, some red flags and NEWS2 rises.</summary>
internal static class ReferralMix
{
    private static readonly string[] Needs =
    [
        "fall", "fall", "fall", "frailty-decompensation", "reduced-function", "palliative-crisis", "urgent-equipment",
        "confusion-delirium", "catheter-care", "diabetes-support", "carer-breakdown", "other",
    ];

    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Create(int count)
    {
        var random = new Random(20261125);
        var referrals = new List<IReadOnlyDictionary<string, object?>>(count);
        for (var i = 0; i < count; i++)
        {
            referrals.Add(new Dictionary<string, object?>
            {
                ["presentingNeed"] = Needs[random.Next(Needs.Length)],
                ["age"] = (long)random.Next(16, 100),
                ["clinicalFrailtyScale"] = (long)random.Next(1, 10),
                ["news2Score"] = (long)Math.Min(random.Next(0, 6) + random.Next(0, 4), 9),
                ["news2SingleParameterScore3"] = random.Next(10) == 0,
                ["setting"] = random.Next(5) == 0 ? "care-home" : "own-home",
                ["endOfLife"] = random.Next(15) == 0,
                ["carerStatus"] = random.Next(8) == 0 ? "breakdown" : "coping",
                ["hourOfDay"] = (long)random.Next(0, 24),
                ["referralSource"] = random.Next(3) == 0 ? "111" : "gp",
                ["suspectedFracture"] = random.Next(40) == 0,
                ["headInjury"] = random.Next(25) == 0,
                ["onAnticoagulants"] = random.Next(4) == 0,
                ["longLie"] = random.Next(8) == 0,
                ["lossOfConsciousness"] = random.Next(50) == 0,
                ["sepsisSuspected"] = random.Next(60) == 0,
                ["strokeSuspected"] = random.Next(80) == 0,
                ["mentalHealthCrisis"] = random.Next(60) == 0,
                ["reablementPotential"] = random.Next(4) == 0,
                ["locality"] = "national",
            });
        }
        return referrals;
    }
}
