namespace Pathway.Measures.Queries;

/// <summary>The response standards triage sets, and the time each allows from referral to first care contact.</summary>
public static class ResponseStandards
{
    public const string TwoHour = "2-hour";
    public const string TwoDay = "2-day";
    public const string Routine = "routine";

    public const double TwoHourMinutes = 120;
    public const double TwoDayMinutes = 48 * 60;

    /// <summary>NHS England's ambition: at least 70% of 2-hour referrals reached within 2 hours.</summary>
    public const double TwoHourAmbition = 70;
}
