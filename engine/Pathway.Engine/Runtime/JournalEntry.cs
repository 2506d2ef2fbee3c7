namespace Pathway.Engine.Runtime;

/// <summary>One line of the case's append-only history; the runtime adds the actor and stores it.</summary>
public sealed record JournalEntry(string Kind, DateTimeOffset At, string? NodeId = null, IReadOnlyDictionary<string, object?>? Data = null);

/// <summary>The journal's vocabulary, shared by the engine, the case page and the measures.</summary>
public static class JournalKinds
{
    public const string CaseStarted = "case.started";
    public const string NodeEntered = "node.entered";
    public const string FlowTaken = "flow.taken";
    public const string TaskOffered = "task.offered";
    public const string TaskCompleted = "task.completed";
    public const string TaskWithdrawn = "task.withdrawn";
    public const string TimerScheduled = "timer.scheduled";
    public const string TimerFired = "timer.fired";
    public const string TimerCancelled = "timer.cancelled";
    public const string MessageAwaited = "message.awaited";
    public const string MessageReceived = "message.received";
    public const string ActivityRequested = "activity.requested";
    public const string ActivityCompleted = "activity.completed";
    public const string SignalAwaited = "signal.awaited";
    public const string SignalReceived = "signal.received";
    public const string SignalThrown = "signal.thrown";
    public const string MessageSent = "message.sent";
    public const string ErrorThrown = "error.thrown";
    public const string EscalationThrown = "escalation.thrown";
    public const string GatewayRaceWon = "gateway.race-won";
    public const string InstancesStarted = "instances.started";
    public const string InstanceCompleted = "instance.completed";
    public const string InstancesCompleted = "instances.completed";
    public const string CallRequested = "call.requested";
    public const string IncidentRaised = "incident.raised";
    public const string IncidentRetried = "incident.retried";
    public const string CaseCompleted = "case.completed";
    public const string CaseCancelled = "case.cancelled";
}
