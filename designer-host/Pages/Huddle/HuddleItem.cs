using Pathway.Cases.Huddles;
using Pathway.DesignerHost.TaskForms;

namespace Pathway.DesignerHost.Pages.Huddle;

/// <summary>A case waiting for the MDT, from the board's read model, with the decision form.</summary>
public sealed record HuddleItem(HuddleBoardEntry Entry, TaskFormView Form);
