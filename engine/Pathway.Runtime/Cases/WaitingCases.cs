using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Cases;

/// <summary>Which cases wait on a signal or message: one indexed look-up of the open bookmarks.</summary>
public static class WaitingCases
{
    public static Task<List<Guid>> OnAsync(PathwayDbContext db, BookmarkKind kind, string name, CancellationToken cancellationToken) =>
        db.Bookmarks.AsNoTracking().Where(b => b.Kind == kind && b.Key == name)
            .Select(b => b.CaseId).Distinct().ToListAsync(cancellationToken);
}
