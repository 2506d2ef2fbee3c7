namespace Pathway.Engine.Runtime;

/// <summary>
/// A BPMN token. <see cref="ScopeId"/> is the id of the token waiting at the embedded
/// sub-process (or multi-instance activity) that owns this one, null at the top level;
/// <see cref="ArrivedVia"/> is the flow it came by, which a join counts. An instance of a
/// multi-instance activity has its <see cref="Instance"/> number and its own
/// <see cref="Locals"/> (the item it works on, its output), which hide case variables of
/// the same name.
/// </summary>
public sealed record Token(string Id, string NodeId, string? ScopeId, TokenStatus Status = TokenStatus.Ready, string? ArrivedVia = null)
{
    public int? Instance { get; init; }

    public IReadOnlyDictionary<string, object?>? Locals { get; init; }

    /// <summary>On the token waiting at a multi-instance activity: its items and what the finished instances gave back.</summary>
    public InstanceSet? Instances { get; init; }
}

/// <summary>A multi-instance activity's progress: one output slot per item, filled as instances finish.</summary>
public sealed record InstanceSet(IReadOnlyList<object?> Items, int Completed, IReadOnlyList<object?> Outputs);

public enum TokenStatus
{
    /// <summary>About to execute its node.</summary>
    Ready,

    /// <summary>At a wait state: a bookmark, a join, or a sub-process that is running.</summary>
    Waiting,

    /// <summary>Stopped by an incident until it is retried.</summary>
    Faulted,
}
