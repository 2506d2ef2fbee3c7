using Pathway.DesignerHost.Api;

namespace Pathway.DesignerHost.Pages.Tasks;

/// <summary>A worklist line: the task with the person it is for.</summary>
public sealed record WorklistRow(TaskView Task, string Person, string Locality);
