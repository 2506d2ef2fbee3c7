namespace Pathway.Runtime.Cases;

/// <summary>
/// Codes for a command that lost a race on its case, or arrived after the state it needed had
/// passed. Each detail names the state the case is in now, so the person can decide what next.
/// </summary>
public static class CaseConflicts
{
    /// <summary>The case kept changing under the command, attempt after attempt.</summary>
    public const string CaseBusy = "PW4600";

    /// <summary>A row the command meant to write had been written by another request first.</summary>
    public const string WrittenMeanwhile = "PW4601";

    /// <summary>This discipline has already given its verdict on this assessment version.</summary>
    public const string AlreadyReviewed = "PW4602";

    /// <summary>The handover was already answered.</summary>
    public const string HandoverAnswered = "PW4603";

    /// <summary>The case has ended (completed or cancelled): nothing more happens on it.</summary>
    public const string CaseEnded = "PW4604";

    /// <summary>A reassignment would take a task out of the hands of the person who claimed it.</summary>
    public const string TaskInOtherHands = "PW4605";
}
