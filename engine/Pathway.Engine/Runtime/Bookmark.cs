namespace Pathway.Engine.Runtime;

/// <summary>
/// A point where a case waits for the world: a task for a person, a timer, a message, or an
/// activity the runtime performs (a rule set, a service). <see cref="Key"/> is what an
/// incoming stimulus is matched on: the message name, rule set or service name.
/// </summary>
public sealed record Bookmark(
    string Id,
    BookmarkKind Kind,
    string NodeId,
    string TokenId,
    string? Key = null,
    DateTimeOffset? DueAt = null,
    string? Role = null,
    string? Form = null)
{
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>A task's own title on the worklist (each MDT action's description), instead of its element's name.</summary>
    public string? Title { get; init; }

    /// <summary>The person a task is assigned to from the start (claimed for them), as well as offered to its role.</summary>
    public string? Assignee { get; init; }
}

public enum BookmarkKind
{
    Task,
    Timer,
    Message,
    RuleSet,
    Service,

    /// <summary>A broadcast signal (winter escalation level raised, say) the case waits for.</summary>
    Signal,

    /// <summary>A child case on another pathway, started and awaited by the runtime.</summary>
    Call,
}
