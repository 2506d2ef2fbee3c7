using Pathway.Cases.People;
using Pathway.Engine.Time;

namespace Pathway.Cases.Referrals;

/// <summary>The case variables a valid referral gives the rule sets: age and clock in UK time, NEWS2, flags, and the <paramref name="team"/> that works the case.</summary>
public static class RuleInputs
{
    public static Dictionary<string, object?> From(Referral referral, News2.Score news2, DateTimeOffset receivedAt, string team)
    {
        var person = referral.Person!;
        var local = TimeZoneInfo.ConvertTime(receivedAt, ServiceTimeZone.UnitedKingdom);
        var flags = referral.Flags ?? new ClinicalFlags();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["presentingNeed"] = referral.PresentingNeed,
            ["age"] = (long)PersonAge.On(person.DateOfBirth!.Value, DateOnly.FromDateTime(local.DateTime)),
            ["clinicalFrailtyScale"] = (long)referral.ClinicalFrailtyScale!.Value,
            ["news2Score"] = (long)news2.Aggregate,
            ["news2SingleParameterScore3"] = news2.SingleParameterScore3,
            ["setting"] = referral.Setting ?? "own-home",
            ["endOfLife"] = referral.EndOfLife?.EndOfLife ?? false,
            ["carerStatus"] = referral.CarerStatus ?? "none",
            ["reablementPotential"] = referral.ReablementPotential ?? false,
            ["hourOfDay"] = (long)local.Hour,
            ["dayOfWeek"] = local.DayOfWeek.ToString(),
            ["referralSource"] = referral.ReferralSource,
            ["suspectedFracture"] = flags.SuspectedFracture,
            ["headInjury"] = flags.HeadInjury,
            ["onAnticoagulants"] = flags.OnAnticoagulants,
            ["longLie"] = flags.LongLie,
            ["housingNeed"] = flags.HousingNeed,
            ["lossOfConsciousness"] = flags.LossOfConsciousness,
            ["sepsisSuspected"] = flags.SepsisSuspected,
            ["strokeSuspected"] = flags.StrokeSuspected,
            ["mentalHealthCrisis"] = flags.MentalHealthCrisis,
            ["safeguarding"] = referral.SafeguardingFlags?.Count > 0,
            // The locality's community team works the case; worklists and access follow it.
            ["team"] = team,
        };
    }

}
