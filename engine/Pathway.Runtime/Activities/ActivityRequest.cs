using Pathway.Engine.Runtime;

namespace Pathway.Runtime.Activities;

/// <summary>A rule set or service a case is waiting on, with what it may read.</summary>
public sealed record ActivityRequest(Guid CaseId, string Locality, Bookmark Bookmark, IReadOnlyDictionary<string, object?> Variables, DateTimeOffset Now);

/// <summary>
/// What an activity did: outputs for the case variables and, for a decision, its explanation
/// for the journal; or a failure with a stable code that becomes an incident.
/// </summary>
public sealed record ActivityOutcome(
    IReadOnlyDictionary<string, object?> Output,
    IReadOnlyDictionary<string, object?>? Explanation = null,
    string? ErrorCode = null,
    string? Error = null)
{
    public bool Failed => ErrorCode is not null;

    public static ActivityOutcome Fail(string code, string message) => new(new Dictionary<string, object?>(), null, code, message);
}
