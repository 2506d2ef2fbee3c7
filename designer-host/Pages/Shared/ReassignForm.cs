using Pathway.DesignerHost.Worklist;

namespace Pathway.DesignerHost.Pages.Shared;

/// <summary>The coordinator's reassign picker for one task; <see cref="RouteValues"/> keep the page's own view after posting.</summary>
public sealed record ReassignForm(long TaskId, string TaskName, string Person, IReadOnlyList<ReassignChoice> Choices, IReadOnlyDictionary<string, string?> RouteValues);
