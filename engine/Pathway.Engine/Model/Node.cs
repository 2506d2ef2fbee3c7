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

    /// <summary>The element's BPMN tag, for messages ("userTask", "exclusiveGateway").</summary>
    public abstract string Kind { get; }

    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name} ({Id})";
}

/// <summary>A none start event, or a message start event when <see cref="MessageName"/> is set.</summary>
public sealed record StartEvent(string Id, string? Name, string? ScopeId, int Line, string? MessageName = null)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "startEvent";
}

/// <summary>An end event; a terminate end event ends every token of its scope.</summary>
public sealed record EndEvent(string Id, string? Name, string? ScopeId, int Line, bool Terminate = false)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "endEvent";
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

/// <summary>A timer on an activity's boundary; interrupting cancels the activity.</summary>
public sealed record BoundaryTimerEvent(
    string Id, string? Name, string? ScopeId, int Line,
    string AttachedToId, bool Interrupting, DurationExpression Duration,
    string? EscalationTarget = null)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "boundaryEvent";
}

/// <summary>Waits for a duration, then continues.</summary>
public sealed record IntermediateTimerEvent(string Id, string? Name, string? ScopeId, int Line, DurationExpression Duration)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "intermediateCatchEvent";
}

/// <summary>Waits for a named message delivered to the case.</summary>
public sealed record IntermediateMessageEvent(string Id, string? Name, string? ScopeId, int Line, string MessageName)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "intermediateCatchEvent";
}

/// <summary>An embedded sub-process: a scope with its own none start event.</summary>
public sealed record SubProcess(string Id, string? Name, string? ScopeId, int Line)
    : Node(Id, Name, ScopeId, Line)
{
    public override string Kind => "subProcess";
}
