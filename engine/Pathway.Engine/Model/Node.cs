namespace Pathway.Engine.Model;

/// <summary>
/// A flow node of the executable BPMN subset. <see cref="ScopeId"/> is the id of the
/// embedded sub-process that contains it, or null at the top level; <see cref="Line"/> is
/// its line in the BPMN file, so errors can point at it.
/// </summary>
public abstract record Node(string Id, string? Name, string? ScopeId, int Line)
{
    /// <summary>Outgoing sequence flow ids in document order (the order conditions are tried).</summary>
    public IReadOnlyList<string> Outgoing { get; init; } = [];

    public IReadOnlyList<string> Incoming { get; init; } = [];

    /// <summary>Set on an activity that runs once per item of a collection.</summary>
    public MultiInstance? Loop { get; init; }

    /// <summary>
    /// On an element that sends or receives a message: the case variable (or a field in one,
    /// <c>referral.nhsNumber</c>) the message is correlated on; null uses <see cref="Runtime.MessageCorrelation.DefaultVariable"/>.
    /// </summary>
    public string? CorrelationKey { get; init; }

    /// <summary>The element's BPMN tag, for messages ("userTask", "exclusiveGateway").</summary>
    public abstract string Kind { get; }

    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name} ({Id})";
}

/// <summary>
/// A start event: none or message at the top level; in an event sub-process, the trigger
/// that starts it (message, timer, signal, error or escalation), interrupting its scope or not.
/// </summary>
public sealed record StartEvent(string Id, string? Name, string? ScopeId, int Line, Trigger Trigger, bool Interrupting = true)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "startEvent";

    /// <summary>The message a top-level message start event begins a case on.</summary>
    public string? MessageName => Trigger.Kind == TriggerKind.Message ? Trigger.Name : null;
}

/// <summary>An end event: none, terminate (ends every token of its scope), or throwing an error, escalation or signal.</summary>
public sealed record EndEvent(string Id, string? Name, string? ScopeId, int Line, Trigger Trigger)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "endEvent";

    public bool Terminate => Trigger.Kind == TriggerKind.Terminate;
}

/// <summary>Work for a person: offered to a role (literal or read from a case variable).</summary>
public sealed record UserTask(
    string Id, string? Name, string? ScopeId, int Line,
    ValueExpression Role,
    string? Form = null,
    DurationExpression? Due = null,
    string? EscalationTarget = null)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "userTask";

    /// <summary>The worklist title of each task it offers (literal or from a variable), else its name.</summary>
    public ValueExpression? Title { get; init; }

    /// <summary>The person each task it offers is assigned to (literal or from a variable); none leaves it to the role.</summary>
    public ValueExpression? Assignee { get; init; }
}

/// <summary>Decides with a named rule set; its outputs become case variables.</summary>
public sealed record BusinessRuleTask(string Id, string? Name, string? ScopeId, int Line, string RuleSet)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "businessRuleTask";
}

/// <summary>Calls a named service of the runtime (a notification, an MDT list entry).</summary>
public sealed record ServiceTask(string Id, string? Name, string? ScopeId, int Line, string Service)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "serviceTask";
}

/// <summary>Work done outside the system; the engine records it and moves on.</summary>
public sealed record ManualTask(string Id, string? Name, string? ScopeId, int Line)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "manualTask";
}

/// <summary>Takes the first outgoing flow whose condition holds, else the default flow.</summary>
public sealed record ExclusiveGateway(string Id, string? Name, string? ScopeId, int Line, string? DefaultFlowId = null)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "exclusiveGateway";
}

/// <summary>Splits to every outgoing flow; joins by waiting for a token on every incoming flow.</summary>
public sealed record ParallelGateway(string Id, string? Name, string? ScopeId, int Line)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "parallelGateway";
}

/// <summary>Takes every outgoing flow whose condition holds (else the default); joins by waiting for every token that can still arrive.</summary>
public sealed record InclusiveGateway(string Id, string? Name, string? ScopeId, int Line, string? DefaultFlowId = null)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "inclusiveGateway";
}

/// <summary>Waits on the catch events its flows lead to; the first to happen wins and the others are withdrawn.</summary>
public sealed record EventBasedGateway(string Id, string? Name, string? ScopeId, int Line)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "eventBasedGateway";
}

/// <summary>An event on an activity's boundary (timer, message, signal, error, escalation); interrupting cancels the activity.</summary>
public sealed record BoundaryEvent(
    string Id, string? Name, string? ScopeId, int Line,
    string AttachedToId, bool Interrupting, Trigger Trigger,
    string? EscalationTarget = null)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "boundaryEvent";
}

/// <summary>Waits for a timer, a message, a signal, or is the target of a link.</summary>
public sealed record IntermediateCatchEvent(string Id, string? Name, string? ScopeId, int Line, Trigger Trigger)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "intermediateCatchEvent";
}

/// <summary>Throws an escalation or a signal, jumps to a link, or (none) marks a milestone, then continues.</summary>
public sealed record IntermediateThrowEvent(string Id, string? Name, string? ScopeId, int Line, Trigger Trigger)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "intermediateThrowEvent";
}

/// <summary>A task with no type: it does nothing but is journalled, so files from other tools run as drawn.</summary>
public sealed record PlainTask(string Id, string? Name, string? ScopeId, int Line)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "task";
}

/// <summary>Waits for a named message, as an activity (so it can carry boundary events and loops).</summary>
public sealed record ReceiveTask(string Id, string? Name, string? ScopeId, int Line, string MessageName)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "receiveTask";
}

/// <summary>Sends a named message through the runtime's outbox: journalled, never lost, never sent twice.</summary>
public sealed record SendTask(string Id, string? Name, string? ScopeId, int Line, string MessageName)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "sendTask";
}

/// <summary>
/// Runs another pathway as a child case: the latest published version of <see cref="CalledKey"/>,
/// or <see cref="PinnedVersion"/>. Inputs are copied into the child; outputs back when it ends.
/// </summary>
public sealed record CallActivity(
    string Id, string? Name, string? ScopeId, int Line,
    string CalledKey, int? PinnedVersion,
    IReadOnlyList<VariableMapping> Inputs, IReadOnlyList<VariableMapping> Outputs)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "callActivity";
}

/// <summary>
/// An embedded sub-process: a scope with its own none start event. An event sub-process
/// (<see cref="TriggeredByEvent"/>) has no flows: its start event's trigger starts it while its scope runs.
/// </summary>
public sealed record SubProcess(string Id, string? Name, string? ScopeId, int Line, bool TriggeredByEvent = false)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "subProcess";
}
