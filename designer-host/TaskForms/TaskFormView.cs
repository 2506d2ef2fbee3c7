namespace Pathway.DesignerHost.TaskForms;

/// <summary>What the shared task-form partial needs: the form, the task it completes, and where it posts.</summary>
public sealed record TaskFormView(TaskForm Form, long TaskId, Guid CaseId, string Handler);
