namespace Pathway.DesignerHost.TaskForms;

public enum FieldKind
{
    Text,
    TextArea,
    Number,
    YesNo,
    Choice,
}

/// <summary>
/// One question on a task form. <see cref="Name"/> is the case variable the answer becomes,
/// so the rules and gateways downstream read exactly what the clinician entered.
/// </summary>
public sealed record FormField(string Name, string Label, FieldKind Kind, bool Required = false, string? Hint = null, IReadOnlyList<string>? Options = null)
{
    /// <summary>The HTML id of the field's input, which the error summary links to; a case can show several tasks' forms.</summary>
    public string InputId(long taskId) => $"task-{taskId}-{Name}";
}
