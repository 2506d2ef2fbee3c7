namespace Pathway.DesignerHost.TaskForms;

/// <summary>
/// What the shared task-form partial needs: the form, the task it completes, where it posts, and the
/// answers it starts from (field name to the input's text; a list's items one per line).
/// </summary>
public sealed record TaskFormView(TaskForm Form, long TaskId, Guid CaseId, string Handler, IReadOnlyDictionary<string, string>? Prefill = null);
