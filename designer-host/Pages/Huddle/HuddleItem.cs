using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.TaskForms;

namespace Pathway.DesignerHost.Pages.Huddle;

/// <summary>A case waiting for the MDT: who, why, how much at risk, and the decision form.</summary>
public sealed record HuddleItem(TaskView Task, string Person, string Locality, string? Reason, long Priority, TaskFormView Form);
