namespace Pathway.Engine.Model;

/// <summary>What an event waits for or throws: BPMN's event definitions, one per event.</summary>
public enum TriggerKind
{
    None,
    Timer,
    Message,
    Signal,
    Error,
    Escalation,
    Link,
    Terminate,
}

/// <summary>
/// An event's definition. <see cref="Name"/> is the message, signal or link name, or the
/// error or escalation code (null on a catch event catches every code); <see cref="Duration"/>
/// is a timer's.
/// </summary>
public sealed record Trigger(TriggerKind Kind, string? Name = null, DurationExpression? Duration = null)
{
    public static Trigger None { get; } = new(TriggerKind.None);

    /// <summary>Whether a thrown trigger is caught by this catching one: same kind, and same code unless this catches every code.</summary>
    public bool Catches(Trigger thrown) => Kind == thrown.Kind && (Name is null || Name == thrown.Name);

    public override string ToString() => Name is null ? Kind.ToString().ToLowerInvariant() : $"{Kind.ToString().ToLowerInvariant()} '{Name}'";
}

/// <summary>
/// An activity run once per item of a collection (or a number of times): BPMN's
/// multi-instance loop. Each instance sees <see cref="ElementVariable"/> (and loopCounter)
/// as its own; what it outputs as <see cref="OutputElement"/> (or all of its output) is
/// gathered, in collection order, into <see cref="OutputCollection"/>.
/// </summary>
public sealed record MultiInstance(
    bool Sequential,
    string? Collection,
    int? Cardinality,
    string? ElementVariable,
    string? CompletionCondition,
    string? OutputCollection,
    string? OutputElement);

/// <summary>One variable copied into or out of a called pathway: <c>Target = Source</c>.</summary>
public sealed record VariableMapping(string Source, string Target);
