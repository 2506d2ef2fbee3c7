namespace Pathway.Engine.Runtime;

/// <summary>One line of the case's append-only history; the runtime adds the actor and stores it.</summary>
public sealed record JournalEntry(string Kind, DateTimeOffset At, string? NodeId = null, IReadOnlyDictionary<string, object?>? Data = null);

/// <summary>
/// The journal's whole vocabulary, shared by the engine, the runtime, case work, the case page and
/// the measures: every kind of line is named here once, whoever writes it.
/// </summary>
public static class JournalKinds
{
    // Written by the interpreter
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

    // Written by the runtime beside the interpreter's lines
    /// <summary>A rule set decided: which set and version, which rule fired, on which inputs, with which outputs.</summary>
    public const string RulesDecided = "rules.decided";

    /// <summary>A call activity started its called case: the calling case's line names the called case.</summary>
    public const string CallStarted = "call.started";

    /// <summary>The called case's first line names the calling case and its call activity.</summary>
    public const string CalledBy = "call.called-by";

    // Written by case work (Pathway.Cases) in the same transaction
    public const string ReferralRecorded = "referral.recorded";
    public const string PersonDetailsDiffer = "person.details-differ";
    public const string AssessmentRecorded = "assessment.recorded";
    public const string AssessmentAccepted = "assessment.accepted";
    public const string AssessmentChallenged = "assessment.challenged";
    public const string AssessmentRevised = "assessment.revised";
    public const string MdtDecided = "mdt.decided";
    public const string HandoverRequested = "handover.requested";
    public const string CaseOutcome = "case.outcome";
    public const string TaskClaimed = "task.claimed";
    public const string TaskReleased = "task.released";
    public const string TaskReassigned = "task.reassigned";
    public const string ActionCompleted = "action.completed";
}
