using Pathway.Engine.Runtime;

namespace Pathway.Runtime.Cases;

/// <summary>A case after a command: its id, its new state and what the command changed.</summary>
public sealed record CaseOutcome(Guid CaseId, CaseState State, IReadOnlyList<Effect> Effects)
{
    public IEnumerable<Bookmark> OpenTasks => State.Bookmarks.Where(b => b.Kind == BookmarkKind.Task);
}
