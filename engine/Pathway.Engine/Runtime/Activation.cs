namespace Pathway.Engine.Runtime;

/// <summary>The result of applying one event: the case's new state and the effects to carry out.</summary>
public sealed record Activation(CaseState State, IReadOnlyList<Effect> Effects)
{
    public IEnumerable<Bookmark> CreatedBookmarks => Effects.OfType<BookmarkCreated>().Select(e => e.Bookmark);

    public IEnumerable<Bookmark> RemovedBookmarks => Effects.OfType<BookmarkRemoved>().Select(e => e.Bookmark);

    public IEnumerable<JournalEntry> Journal => Effects.OfType<Journaled>().Select(e => e.Entry);
}
