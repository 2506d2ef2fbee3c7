using System.Collections.Concurrent;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Impact;

/// <summary>
/// Replays that run in the background on this host, each with its progress and a way to cancel
/// it; a finished run's report is stored with the draft it ran against. The registry is in
/// memory on purpose: a run is CPU work on this host's cores and its progress changes hundreds
/// of times, so writing it to the database would cost more than it tells; what must outlive the
/// host (the report) is stored, and a run lost to a restart is simply started again.
/// </summary>
public sealed class ImpactRuns(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<ImpactRuns> logger)
{
    private static readonly TimeSpan KeptAfterEnd = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, ImpactRun> _runs = new();
    private readonly Lock _starting = new();

    /// <summary>Starts replaying the draft; while one runs for the same draft content, starting again joins it rather than using the cores twice.</summary>
    public ImpactRun Start(PreparedReplay replay, int days, string ranBy)
    {
        lock (_starting)
        {
            Forget(clock.GetUtcNow() - KeptAfterEnd);
            var draft = replay.Draft;
            if (_runs.Values.FirstOrDefault(r => !r.Ended && r.DefinitionId == draft.Id && r.ContentHash == draft.ContentHash && r.Days == days) is { } running)
                return running;
            var run = new ImpactRun(Guid.NewGuid(), draft, days, CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping));
            _runs[run.Id] = run;
            _ = Task.Run(() => RunAsync(run, replay, ranBy));
            return run;
        }
    }

    public ImpactRun? Find(Guid id) => _runs.GetValueOrDefault(id);

    private async Task RunAsync(ImpactRun run, PreparedReplay replay, string ranBy)
    {
        var ct = run.Cancellation.Token;
        try
        {
            var to = clock.GetUtcNow();
            IReadOnlyList<PastCase> past;
            await using (var scope = scopes.CreateAsyncScope())
                past = await PastCases.ReadAsync(scope.ServiceProvider.GetRequiredService<PathwayDbContext>(), replay.CasesOf, to.AddDays(-run.Days), to, ct);
            run.Replaying(past.Count);
            var report = replay.Replay(past, run, ct);
            // Parallel.For may finish its last cases after a cancel: a cancelled run keeps nothing.
            ct.ThrowIfCancellationRequested();
            await using (var scope = scopes.CreateAsyncScope())
            {
                var stored = await scope.ServiceProvider.GetRequiredService<ImpactReports>().SaveAsync(replay.Draft, run.Days, ranBy, report, ct);
                run.Finished(stored.Id, clock.GetUtcNow());
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            run.End(ImpactRunStatus.Cancelled, null, clock.GetUtcNow());
        }
        catch (Exception e)
        {
            logger.LogError(e, "Impact run {Run} of {Kind} {Key} ({Locality}) failed", run.Id, run.Kind, run.Key, run.Locality);
            run.End(ImpactRunStatus.Failed, e.Message, clock.GetUtcNow());
        }
    }

    private void Forget(DateTimeOffset endedBefore)
    {
        foreach (var old in _runs.Values.Where(r => r.EndedAt < endedBefore))
        {
            if (_runs.TryRemove(old.Id, out var removed))
                removed.Cancellation.Dispose();
        }
    }
}
