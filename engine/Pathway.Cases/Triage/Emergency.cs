using Pathway.Runtime.Storage;

namespace Pathway.Cases.Triage;

/// <summary>
/// A case the triage rules routed outside community care (NEWS2 7 or more, suspected sepsis...):
/// it is an emergency to redirect to 999 or ED, not a community case, wherever it is shown.
/// </summary>
/// <param name="Reason">The rule's reason, in words.</param>
/// <param name="RedirectBy">When the redirection is due; null once it is recorded.</param>
/// <param name="TaskId">The open "Redirect to 999 or ED" task, if any.</param>
/// <param name="RedirectedTo">Where the person was sent, once recorded.</param>
public sealed record Emergency(string Reason, DateTimeOffset? RedirectBy, long? TaskId, string? RedirectedTo)
{
    public const string RedirectForm = "redirect";
    public const string OutsideCommunityCare = "outsideCommunityCare";
    public const string OutsideReason = "outsideReason";

    public bool Open => TaskId is not null;

    /// <summary>The emergency a case's variables and tasks describe, or null when it is a community case.</summary>
    public static Emergency? Of(IReadOnlyDictionary<string, object?> variables, IEnumerable<WorkTaskRecord> tasks)
    {
        if (variables.GetValueOrDefault(OutsideCommunityCare) is not true)
            return null;
        var reason = variables.GetValueOrDefault(OutsideReason) as string is { Length: > 0 } text ? text : "Routed outside community care by the triage rules";
        var redirects = tasks.Where(t => t.Form == RedirectForm).OrderBy(t => t.Id).ToList();
        var open = redirects.FirstOrDefault(t => t.Status is WorkTaskStatus.Ready or WorkTaskStatus.InProgress);
        var redirectedTo = variables.GetValueOrDefault("redirectedTo") as string;
        return new Emergency(reason, open?.DueAt, open?.Id, open is null ? redirectedTo : null);
    }
}
