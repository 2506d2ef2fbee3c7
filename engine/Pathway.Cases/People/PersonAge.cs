using Pathway.Engine.Time;

namespace Pathway.Cases.People;

/// <summary>Age in whole years, always worked out from the date of birth on the day it is shown, never stored.</summary>
public static class PersonAge
{
    public static int On(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        return on < born.AddYears(age) ? age - 1 : age;
    }

    /// <summary>Today's date where the service is, which is the day a birthday turns.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ServiceTimeZone.UnitedKingdom).DateTime);
}
