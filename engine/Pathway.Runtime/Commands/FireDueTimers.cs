using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>
/// Fires every timer due by now, in due order. Specs use it with a fake clock; in production
/// it backs Quartz up, which is harmless because firing is idempotent.
/// </summary>
public sealed record FireDueTimers(int Max = 1_000) : ICommand<int>;

public sealed class FireDueTimersHandler(PathwayDbContext db, IMediator mediator, TimeProvider clock) : ICommandHandler<FireDueTimers, int>
{
    public async ValueTask<int> Handle(FireDueTimers command, CancellationToken cancellationToken)
    {
        var fired = 0;
        while (fired < command.Max)
        {
            var now = clock.GetUtcNow();
            // Each firing can arm new timers (an escalation after an alert): look again until none is due.
            var due = await Due(db, now).FirstOrDefaultAsync(cancellationToken);
            if (due is null)
                break;
            await mediator.Send(new FireTimer(due.CaseId, due.BookmarkId), cancellationToken);
            fired++;
        }
        return fired;
    }

    /// <summary>The timers due by <paramref name="now"/>, soonest first, through the partial index of timer bookmarks.</summary>
    internal static IQueryable<BookmarkRecord> Due(PathwayDbContext db, DateTimeOffset now) =>
        db.Bookmarks.AsNoTracking().Where(b => b.Kind == BookmarkKind.Timer && b.DueAt <= now).OrderBy(b => b.DueAt);
}
