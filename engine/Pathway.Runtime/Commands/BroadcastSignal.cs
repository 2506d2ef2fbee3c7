using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>
/// A signal ("winter escalation level raised") to every case waiting on it: each case in its
/// own transaction, found by one indexed look-up of the waits on that signal. Signals the
/// reached cases throw in turn are broadcast the same way, a few levels deep at most.
/// </summary>
public sealed record BroadcastSignal(string Signal, IReadOnlyDictionary<string, object?> Payload, Actor Actor) : ICommand<SignalBroadcast>;

/// <summary>How many cases the signal (and the signals it set off) reached.</summary>
public sealed record SignalBroadcast(string Signal, int Cases);

public sealed class BroadcastSignalHandler(PathwayDbContext db, CaseRunner runner) : ICommandHandler<BroadcastSignal, SignalBroadcast>
{
    /// <summary>Cases throwing signals at each other could go on for ever; past this depth the rest is left to the journal.</summary>
    private const int MaxDepth = 4;

    public async ValueTask<SignalBroadcast> Handle(BroadcastSignal command, CancellationToken cancellationToken)
    {
        var reached = 0;
        var pending = new Queue<(string Signal, IReadOnlyDictionary<string, object?> Payload, int Depth)>([(command.Signal, command.Payload, 0)]);
        while (pending.TryDequeue(out var next))
        {
            var waiting = await db.Bookmarks.AsNoTracking()
                .Where(b => b.Kind == BookmarkKind.Signal && b.Key == next.Signal)
                .Select(b => b.CaseId).Distinct().ToListAsync(cancellationToken);
            foreach (var caseId in waiting)
            {
                CaseOutcome outcome;
                try
                {
                    outcome = await runner.ApplyAsync(caseId, _ => new SignalReceived(next.Signal, next.Payload), command.Actor.Id, cancellationToken);
                }
                catch (CaseNotFoundException)
                {
                    continue;
                }
                reached++;
                if (next.Depth + 1 >= MaxDepth)
                    continue;
                foreach (var thrown in outcome.Effects.OfType<SignalThrown>())
                    pending.Enqueue((thrown.SignalName, new Dictionary<string, object?>(), next.Depth + 1));
            }
        }
        return new SignalBroadcast(command.Signal, reached);
    }
}
