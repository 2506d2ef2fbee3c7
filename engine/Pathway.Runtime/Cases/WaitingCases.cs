using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Cases;

/// <summary>Which cases wait on a signal or message: one indexed look-up of the open bookmarks.</summary>
public static class WaitingCases
{
    public static Task<List<Guid>> OnAsync(PathwayDbContext db, BookmarkKind kind, string name, CancellationToken cancellationToken) =>
        db.Bookmarks.AsNoTracking().Where(b => b.Kind == kind && b.Key == name)
            .Select(b => b.CaseId).Distinct().ToListAsync(cancellationToken);

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
