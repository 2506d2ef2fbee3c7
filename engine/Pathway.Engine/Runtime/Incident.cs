namespace Pathway.Engine.Runtime;

/// <summary>
/// A fault that stopped one token: a rule set that failed, a condition that would not
/// evaluate, a loop with no wait state. It stays on the case until retried.
/// </summary>
public sealed record Incident(string Id, string TokenId, string NodeId, string Code, string Message, DateTimeOffset RaisedAt)
{
    public DateTimeOffset? ResolvedAt { get; init; }
}
