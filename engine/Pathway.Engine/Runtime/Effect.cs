namespace Pathway.Engine.Runtime;

/// <summary>
/// What the runtime must do after an activation, as data: the interpreter performs no I/O.
/// Bookmark kinds tell the runtime what a bookmark means (offer a task, schedule a timer,
/// run a rule set).
/// </summary>
public abstract record Effect;

public sealed record BookmarkCreated(Bookmark Bookmark) : Effect;

/// <summary>A bookmark ended: resumed by its stimulus, or cancelled (an interrupting timer, a terminate end, a cancellation).</summary>
public sealed record BookmarkRemoved(Bookmark Bookmark, bool Cancelled) : Effect;

public sealed record IncidentRaised(Incident Incident) : Effect;

public sealed record IncidentResolved(Incident Incident) : Effect;

public sealed record Journaled(JournalEntry Entry) : Effect;

public sealed record CaseEnded(CaseStatus Status) : Effect;

/// <summary>
/// A send task's message, for the runtime's outbox; <see cref="Id"/> is unique in the case, so it is sent once.
/// <see cref="CorrelationKey"/> is the sender's value of the element's correlation variable (null: none set).
/// </summary>
public sealed record MessageSent(string Id, string NodeId, string MessageName, string? CorrelationKey = null) : Effect;

/// <summary>A signal thrown by the case, for the runtime to broadcast to every case waiting on it.</summary>
public sealed record SignalThrown(string NodeId, string SignalName) : Effect;
