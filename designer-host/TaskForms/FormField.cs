namespace Pathway.DesignerHost.TaskForms;

public enum FieldKind
{
    Text,
    TextArea,
    Number,
    YesNo,
    Choice,

    /// <summary>Several options ticked: a list of their values.</summary>
    Checkboxes,

    /// <summary>A textarea read one item per line: a list of strings.</summary>
    Lines,

    /// <summary>A date and time as people in England read it (UK local time), posted on as an instant.</summary>
    UkDateTime,
}

/// <summary>A field needed only for one answer to another: <c>positiveRiskTaking.risk</c> when <c>riskAccepted</c> is yes.</summary>
public sealed record RequiredWhen(string Field, string Value, string Words);

/// <summary>One choice in a select, radio or checkbox group: the value the form posts and the words a person reads.</summary>
public sealed record FormOption(string Value, string Label);

/// <summary>
/// One question on a task form. <see cref="Name"/> is the form data's field (dotted for a nested
/// one, such as <c>positiveRiskTaking.risk</c>), so the answer reaches the case exactly as the
/// API would take it, and the server's field errors map back to the input.
/// </summary>
public sealed record FormField(string Name, string Label, FieldKind Kind, bool Required = false, string? Hint = null, IReadOnlyList<FormOption>? Options = null,
    RequiredWhen? RequiredWhen = null)
{
    /// <summary>Labelled "(optional)" only when no answer can make it needed.</summary>
    public bool Optional => !Required && RequiredWhen is null;

    /// <summary>The hint a person reads: the field's own, or when it becomes needed.</summary>
    public string? HintText => Hint ?? RequiredWhen?.Words;

    public string LabelOf(string? value) => Options?.FirstOrDefault(o => o.Value == value)?.Label ?? value ?? "";

    /// <summary>The HTML id of the field's input, which the error summary links to; a case can show several tasks' forms.</summary>
    public string InputId(long taskId) => IdFor(taskId, Name);

    public static string IdFor(long taskId, string name) => $"task-{taskId}-{name.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal)}";
}
