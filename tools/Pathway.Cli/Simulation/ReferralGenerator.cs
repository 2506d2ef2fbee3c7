using System.Globalization;
using Pathway.Cases.Assessments;
using Pathway.Cases.Referrals;
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
        [("gp", 30), ("111", 20), ("999-ambulance", 18), ("care-home", 10), ("self-or-carer", 10), ("social-care", 7), ("other", 5)];

    // Referrals cluster in the working day; a few arrive overnight.
    private static readonly (int, int)[] Hours =
    [
        (0, 1), (1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 2), (7, 3), (8, 6), (9, 9), (10, 10), (11, 10), (12, 9), (13, 9), (14, 9),
        (15, 8), (16, 8), (17, 6), (18, 5), (19, 4), (20, 3), (21, 2), (22, 2), (23, 1),
    ];

    private static readonly string[] GivenNames = ["Edith", "Arthur", "Mabel", "Harold", "Joan", "Stanley", "Irene", "Wilfred", "Doreen", "Albert"];
    private static readonly string[] FamilyNames = ["Example", "Sample", "Testwell", "Placeholder", "Fictitious", "Madeup"];

    /// <summary>A referral as a referrer would send it; intake (RecordReferral) turns it into the rule inputs, as for a real one.</summary>
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
        var carer = need == "carer-breakdown" ? "breakdown" : random.Chance(0.6) ? "coping" : "none";
        var person = new PersonDetails(
            SyntheticNhsNumber(), $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}",
            BornAged(age, day), null, locality, null);
        var referral = new Referral(
            person,
            setting == "care-home" && random.Chance(0.5) ? "care-home" : random.Pick(Sources),
            need,
            frailty,
            Observations(news2),
            ConsentGiven: true,
            WhatMatters: "to stay at home",
            Carers: null,
            carer,
            endOfLife ? new EndOfLifeWishes(true, "home", null) : null,
            SafeguardingFlags: null,
            setting,
            new ClinicalFlags(
                SuspectedFracture: need == "fall" && random.Chance(0.04),
                HeadInjury: need == "fall" && random.Chance(0.05),
                OnAnticoagulants: random.Chance(0.25),
                LongLie: need == "fall" && random.Chance(0.15),
                SepsisSuspected: random.Chance(0.01)),
            ReablementPotential: need is "reduced-function" or "other" ? random.Chance(0.6) : null);
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
        return new SyntheticReferral(NewGuid(), locality, at, referral, findings);
    }

    /// <summary>Observations that score <paramref name="news2"/>: normal ones, then a few parameters moved out of range until the points add up.</summary>
    private News2Observations Observations(int news2)
    {
        // Each parameter's values by the NEWS2 points they score (null: no value scores that).
        int?[][] respiration = [[16], [10], [22], [26]], saturation = [[97], [95], [93], [90]], systolic = [[128], [105], [96], [88]], pulse = [[78], [98], [118], [135]];
        var points = new int[7];
        var remaining = news2;
        foreach (var parameter in Enumerable.Range(0, 7).OrderBy(_ => random.Next()))
        {
            if (remaining == 0)
                break;
            int[] levels = parameter switch { 2 => [2], 5 => [3], _ => [1, 2, 3] };
            var fitting = levels.Where(l => l <= remaining).ToArray();
            if (fitting.Length == 0)
                continue;
            points[parameter] = fitting[random.Next(fitting.Length)];
            remaining -= points[parameter];
        }
        decimal[] temperature = [36.8m, 38.5m, 39.4m, 34.8m];
        return new News2Observations(
            respiration[points[0]][0], saturation[points[1]][0], points[2] > 0, systolic[points[3]][0], pulse[points[4]][0],
            points[5] > 0 ? "confusion" : "alert", temperature[points[6]]);
    }

    /// <summary>An NHS number from the 999 range, never issued to a person, with a valid modulus 11 check digit.</summary>
    private string SyntheticNhsNumber()
    {
        while (true)
        {
            var digits = "999" + random.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            var sum = digits.Select((d, i) => (d - '0') * (10 - i)).Sum();
            var check = 11 - sum % 11;
            if (check == 10)
                continue;
            return digits + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
        }
    }

    private DateOnly BornAged(int age, DateOnly on) => on.AddYears(-age - 1).AddDays(1 + random.Next(364));

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
