namespace Pathway.Host.Tests;

/// <summary>Which demo user holds a task's role, so a walk signs in as whoever the rules chose.</summary>
public static class Staff
{
    public static string For(string role) => role switch
    {
        "crisis-response-nurse" => "nurse",
        "advanced-clinical-practitioner" => "acp",
        "community-physiotherapist" => "physio",
        "occupational-therapist" => "ot",
        "district-nurse" => "district-nurse",
        "social-worker" => "social-worker",
        "specialist-palliative-care-nurse" => "palliative",
        _ => "coordinator",
    };

    /// <summary>A demo clinician of another discipline than <paramref name="role"/>, to review an assessment.</summary>
    public static string OtherThan(string role) => role == "social-worker" ? "physio" : "social-worker";
}
