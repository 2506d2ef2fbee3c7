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

    /// <summary>The standards with a response-time measure, and the minutes each allows.</summary>
    public static double? LimitMinutes(string? standard) => standard switch
    {
        TwoHour => TwoHourMinutes,
        TwoDay => TwoDayMinutes,
        _ => null,
    };

    /// <summary>The response-time distribution's bins for a standard: a value falls in the first bin it is at most.</summary>
    public static IReadOnlyList<(string Label, double UpTo)> Bins(string standard) => standard == TwoHour ? TwoHourBins : TwoDayBins;

    private static readonly (string Label, double UpTo)[] TwoHourBins =
        [("under 30 min", 30), ("30-60 min", 60), ("60-90 min", 90), ("90-120 min", 120), ("2-3 h", 180), ("3-4 h", 240), ("4-8 h", 480), ("over 8 h", double.MaxValue)];

    private static readonly (string Label, double UpTo)[] TwoDayBins =
        [("under 4 h", 240), ("4-12 h", 720), ("12-24 h", 1440), ("1-2 days", 2880), ("2-3 days", 4320), ("over 3 days", double.MaxValue)];
}
