using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Cases;

/// <summary>Which cases wait on a signal or message: one indexed look-up of the open bookmarks.</summary>
public static class WaitingCases
{
    public static Task<List<Guid>> OnAsync(PathwayDbContext db, BookmarkKind kind, string name, CancellationToken cancellationToken) =>
        On(db, kind, name).ToListAsync(cancellationToken);

    /// <summary>
    /// The query: the kind is a constant in its SQL, not a parameter, so SQLite and PostgreSQL can use
    /// the partial index that holds only message and signal bookmarks.
    /// </summary>
    internal static IQueryable<Guid> On(PathwayDbContext db, BookmarkKind kind, string name) => (kind switch
    {
        BookmarkKind.Message => db.Bookmarks.Where(b => b.Kind == BookmarkKind.Message),
        BookmarkKind.Signal => db.Bookmarks.Where(b => b.Kind == BookmarkKind.Signal),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "only message and signal bookmarks wait on a name"),
    }).AsNoTracking().Where(b => b.Key == name).Select(b => b.CaseId).Distinct();

    /// <summary>
    /// The cases a message reaches: those waiting on its name (in <paramref name="locality"/>, when
    /// given) and, for a message with a key, holding that key in the variable their waiting element
    /// correlates on (<see cref="MessageCorrelation"/>).
    /// </summary>
    public static async Task<List<Guid>> AwaitingMessageAsync(
        PathwayDbContext db, PathwayModelCache models, string name, string? key, string? locality, CancellationToken cancellationToken)
    {
        var waiting = await OnAsync(db, BookmarkKind.Message, name, cancellationToken);
        if (waiting.Count == 0 || (key is null && locality is null))
            return waiting;
        var candidates = db.Cases.AsNoTracking().Where(c => waiting.Contains(c.Id) && (locality == null || c.Locality == locality))
            .Select(c => new { c.Id, c.PathwayDefinitionId, c.StateJson }).AsAsyncEnumerable();
        var matching = new List<Guid>();
        await foreach (var candidate in candidates.WithCancellation(cancellationToken))
        {
            var model = await models.GetAsync(candidate.PathwayDefinitionId, cancellationToken);
            if (MessageCorrelation.Awaits(model, CaseStateJson.Deserialize(candidate.StateJson), name, key))
                matching.Add(candidate.Id);
        }
        return matching;
    }
}
