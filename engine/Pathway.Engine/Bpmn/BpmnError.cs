namespace Pathway.Engine.Bpmn;

/// <summary>
/// One thing wrong with a BPMN file: a stable code, the element it concerns (when there is
/// one), the line to show, and a message that says what is wrong and what to do about it.
/// </summary>
public sealed record BpmnError(string Code, string? ElementId, int Line, string Message)
{
    public override string ToString() => ElementId is null
        ? $"{Code} (line {Line}): {Message}"
        : $"{Code} '{ElementId}' (line {Line}): {Message}";
}
