namespace Pathway.Engine.Runtime;

/// <summary>Something that happened to a case; the interpreter applies one at a time.</summary>
public abstract record CaseEvent;

/// <summary>A person finished a task; <see cref="Output"/> becomes case variables.</summary>
public sealed record TaskCompleted(string BookmarkId, IReadOnlyDictionary<string, object?> Output) : CaseEvent;

/// <summary>A timer's due time came.</summary>
public sealed record TimerFired(string BookmarkId) : CaseEvent;

/// <summary>A named message arrived for the case.</summary>
public sealed record MessageReceived(string MessageName, IReadOnlyDictionary<string, object?> Payload) : CaseEvent;

/// <summary>A broadcast signal reached the case: every wait on it is triggered (none is not an error).</summary>
public sealed record SignalReceived(string SignalName, IReadOnlyDictionary<string, object?> Payload) : CaseEvent;

/// <summary>The work of a task or activity ended with a business error (the person declined, say), caught by an error boundary event.</summary>
public sealed record ErrorThrown(string BookmarkId, string ErrorCode, string? Message = null) : CaseEvent;

/// <summary>The runtime performed a rule set or service; <see cref="Output"/> becomes case variables.</summary>
public sealed record ActivityCompleted(string BookmarkId, IReadOnlyDictionary<string, object?> Output) : CaseEvent;

/// <summary>The runtime could not perform a rule set or service: the token stops on an incident.</summary>
public sealed record ActivityFailed(string BookmarkId, string Code, string Message) : CaseEvent;

/// <summary>Someone fixed the cause of an incident and asked the token to try its node again.</summary>
public sealed record IncidentRetried(string IncidentId) : CaseEvent;

/// <summary>The case is withdrawn (a referral revoked, say): every wait ends.</summary>
public sealed record CaseCancelled(string Reason) : CaseEvent;
