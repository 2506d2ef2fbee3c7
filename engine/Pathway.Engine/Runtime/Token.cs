namespace Pathway.Engine.Runtime;

/// <summary>
/// A BPMN token. <see cref="ScopeId"/> is the id of the token waiting at the embedded
/// sub-process that owns this one (null at the top level); <see cref="ArrivedVia"/> is the
/// flow it came by, which a parallel join counts.
/// </summary>
public sealed record Token(string Id, string NodeId, string? ScopeId, TokenStatus Status = TokenStatus.Ready, string? ArrivedVia = null);

public enum TokenStatus
{
    /// <summary>About to execute its node.</summary>
    Ready,

    /// <summary>At a wait state: a bookmark, a join, or a sub-process that is running.</summary>
    Waiting,

    /// <summary>Stopped by an incident until it is retried.</summary>
    Faulted,
}
