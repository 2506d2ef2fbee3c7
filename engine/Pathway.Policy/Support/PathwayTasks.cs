namespace Pathway.Policy.Support;

/// <summary>The pathway's tasks and alerts in the words the features use, and the pathway nodes they are.</summary>
public static class PathwayTasks
{
    private static readonly Dictionary<string, string> Tasks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trusted assessment"] = "TrustedAssessment",
        ["escalated assessment"] = "ArrangeEscalatedAssessment",
        ["redirection to 999 or ED"] = "RedirectToEmergency",
        ["MDT review"] = "MdtReview",
        ["handover plan"] = "PlanHandover",
        ["MDT action"] = "MdtActions",
        ["chase of the handover"] = "EscalateHandover",
        ["closure"] = "CloseWithOutcome",
    };

    private static readonly Dictionary<string, string> Alerts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["the assessment has not started"] = "AlertAssessmentNotStarted",
        ["the MDT review is overdue"] = "AlertMdtOverdue",
        ["the handover has not been accepted"] = "EscalateHandover",
    };

    public static string Task(string words) => Tasks.TryGetValue(words.Trim(), out var node)
        ? node
        : throw new ArgumentException($"'{words}' is not a pathway task; known: {string.Join(", ", Tasks.Keys)}");

    public static string Alert(string words) => Alerts.TryGetValue(words.Trim(), out var node)
        ? node
        : throw new ArgumentException($"'{words}' is not an alert; known: {string.Join(", ", Alerts.Keys)}");
}
