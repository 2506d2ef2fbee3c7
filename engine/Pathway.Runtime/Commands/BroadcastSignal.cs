using Mediator;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Commands;

/// <summary>
/// A signal ("winter escalation level raised") to every case waiting on it: each case in its
/// own transaction, found by one indexed look-up of the waits on that signal. Signals the
/// reached cases throw in turn go out through the outbox once their steps commit.
/// </summary>
public sealed record BroadcastSignal(string Signal, IReadOnlyDictionary<string, object?> Payload, Actor Actor) : ICommand<SignalBroadcast>;

/// <summary>How many cases the signal reached.</summary>
public sealed record SignalBroadcast(string Signal, int Cases);

public sealed class BroadcastSignalHandler(PathwayDbContext db, CaseRunner runner) : ICommandHandler<BroadcastSignal, SignalBroadcast>
{
    public async ValueTask<SignalBroadcast> Handle(BroadcastSignal command, CancellationToken cancellationToken)
    {
        var reached = 0;
        foreach (var caseId in await WaitingCases.OnAsync(db, BookmarkKind.Signal, command.Signal, cancellationToken))
        {
            try
            {
                var outcome = await runner.ApplyAsync(caseId, _ => new SignalReceived(command.Signal, command.Payload), command.Actor.Id, cancellationToken);
                if (outcome.Effects.Count > 0)
                    reached++;
            }
            catch (CaseNotFoundException)
            {
            }
        }
        return new SignalBroadcast(command.Signal, reached);
    }
}
