namespace Pathway.DesignerHost.TaskForms;

/// <summary>The form a user task asks for, keyed by the task's <c>pathway:form</c> attribute.</summary>
public sealed record TaskForm(string Key, string Title, string SubmitText, IReadOnlyList<FormField> Fields);
