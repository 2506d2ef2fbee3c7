using System.Globalization;
using Pathway.Cases.Assessments;
using Pathway.Engine.Time;

namespace Pathway.Cli.Simulation;

/// <summary>
/// Synthetic referrals with plausible mixes: falls lead, then frailty, reduced function,
/// delirium; GPs, 111 and ambulance crews refer most; older, frailer people; a few red flags
/// and under-18s that triage sends elsewhere. No real person is behind any of them.
/// </summary>
public sealed class ReferralGenerator(Random random)
{
    private static readonly (string, int)[] Needs =
    [
        ("fall", 28), ("frailty-decompensation", 15), ("reduced-function", 14), ("confusion-delirium", 9), ("urgent-equipment", 5),
        ("catheter-care", 6), ("diabetes-support", 4), ("carer-breakdown", 5), ("palliative-crisis", 6), ("other", 8),
    ];

    private static readonly (string, int)[] Sources =
        [("gp", 30), ("111", 20), ("ambulance", 18), ("care-home", 10), ("self-or-carer", 10), ("social-care", 7), ("community-nursing", 5)];

    // Referrals cluster in the working day; a few arrive overnight.
    private static readonly (int, int)[] Hours =
    [
        (0, 1), (1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 2), (7, 3), (8, 6), (9, 9), (10, 10), (11, 10), (12, 9), (13, 9), (14, 9),
        (15, 8), (16, 8), (17, 6), (18, 5), (19, 4), (20, 3), (21, 2), (22, 2), (23, 1),
    ];

    public SyntheticReferral Next(string locality, DateOnly day)
    {
        var localTime = day.ToDateTime(new TimeOnly(random.Pick(Hours), random.Next(60)));
        var at = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(localTime, ServiceTimeZone.UnitedKingdom), TimeSpan.Zero);
        var need = random.Pick(Needs);
        var age = random.Chance(0.01) ? random.Next(12, 18) : Math.Clamp((int)(82 + 9 * Gaussian()), 18, 104);
        var frailty = Math.Clamp((int)Math.Round(5.5 + 1.4 * Gaussian()), 2, 9);
        var news2 = random.Chance(0.03) ? random.Next(7, 10) : Math.Clamp((int)Math.Round(1.5 + 1.6 * Gaussian()), 0, 6);
        var setting = random.Chance(0.22) ? "care-home" : "own-home";
        var endOfLife = need == "palliative-crisis" || frailty == 9 && random.Chance(0.5);
        var variables = new Dictionary<string, object?>
        {
            ["presentingNeed"] = need,
            ["referralSource"] = setting == "care-home" && random.Chance(0.5) ? "care-home" : random.Pick(Sources),
            ["team"] = $"{locality}-{(random.Chance(0.5) ? "east" : "west")}",
            ["referredAt"] = at.AddMinutes(-random.Next(0, 12)).ToString("O", CultureInfo.InvariantCulture),
            ["age"] = (long)age,
            ["clinicalFrailtyScale"] = (long)frailty,
            ["news2Score"] = (long)news2,
            ["news2SingleParameterScore3"] = news2 >= 3 && random.Chance(0.2),
            ["setting"] = setting,
            ["endOfLife"] = endOfLife,
            ["carerStatus"] = need == "carer-breakdown" ? "breakdown" : random.Chance(0.6) ? "coping" : "none",
            ["hourOfDay"] = (long)localTime.Hour,
            ["dayOfWeek"] = localTime.DayOfWeek.ToString().ToLowerInvariant(),
            ["longLie"] = need == "fall" && random.Chance(0.15),
            ["suspectedFracture"] = need == "fall" && random.Chance(0.04),
            ["headInjury"] = need == "fall" && random.Chance(0.05),
            ["onAnticoagulants"] = random.Chance(0.25),
            ["reablementPotential"] = need is "reduced-function" or "other" && random.Chance(0.6),
            ["sepsisSuspected"] = random.Chance(0.01),
        };
        var carer = (string)variables["carerStatus"]!;
        var findings = new TrustedAssessment(
            frailty,
            need == "fall" ? "two falls this month; walks with a frame" : "slower on the stairs; no falls",
            need == "confusion-delirium" ? "new confusion since yesterday" : "no concerns",
            random.Chance(0.1) ? "category 2 pressure damage, left heel" : "intact",
            random.Chance(0.3) ? "new urinary incontinence" : "continent",
            random.Chance(0.25) ? "not taking evening doses" : "none",
            setting == "care-home" ? "care home room, call bell in reach" : "lives alone, stairs to the bathroom",
            carer == "none" ? "no carer" : carer == "breakdown" ? "daughter exhausted, cannot continue" : "husband coping with support",
            "to stay at home with the cat",
            "falls risk at night discussed; wants to stay at home",
            SelfNeglect: random.Chance(0.12),
            CarerCrisis: need == "carer-breakdown" || random.Chance(0.08),
            Multimorbidity: random.Chance(frailty >= 6 ? 0.5 : 0.2),
            RecentDischarge: random.Chance(0.12),
            RecentAdmission: random.Chance(0.05),
            ComplexEndOfLife: endOfLife && random.Chance(0.4),
            CrisesLast90Days: random.Chance(0.2) ? random.Next(2, 5) : random.Next(0, 2),
            HighServiceUse: random.Chance(0.08));
        return new SyntheticReferral(NewGuid(), locality, (string)variables["team"]!, at, variables, findings);
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private double Gaussian()
    {
        var u1 = 1.0 - random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * random.NextDouble());
    }
}
