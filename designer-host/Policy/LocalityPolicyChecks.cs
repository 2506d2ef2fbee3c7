using System.Threading.Channels;
using Pathway.Policy.Gate;

namespace Pathway.DesignerHost.Policy;

/// <summary>
/// Checks a locality just added against the national specs in the background, so adding it answers
/// at once rather than after a whole policy run. The wish to check is stored with the locality in
/// the add's own transaction (<c>PolicyCheckQueuedAt</c>) and cleared when its run is recorded:
/// every host's Policy page shows it as being checked meanwhile, and whatever a stopped host left
/// unchecked is checked when a host next starts, or by any host that finds it still waiting after
/// <see cref="LookAgainEvery"/>. The queue itself is only this host's to-do list.
/// </summary>
public sealed class LocalityPolicyChecks(IServiceScopeFactory scopes, TimeProvider clock, ILogger<LocalityPolicyChecks> logger) : BackgroundService
{
    /// <summary>
    /// How long a locality may wait before any host checks it: one added on a host that then died,
    /// or whose run failed, is picked up by whichever host looks next, without a restart.
    /// </summary>
    public static readonly TimeSpan LookAgainEvery = TimeSpan.FromMinutes(5);

    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Checks the locality soon, on this host; its add has already stored that it waits.</summary>
    public void Queue(string locality) => _queue.Writer.TryWrite(locality);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await QueueThoseLeftWaitingAsync(DateTimeOffset.MaxValue, stoppingToken);
            while (true)
            {
                using var idle = new CancellationTokenSource(LookAgainEvery, clock);
                using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, idle.Token);
                try
                {
                    await CheckAsync(await _queue.Reader.ReadAsync(either.Token), stoppingToken);
                }
                catch (OperationCanceledException) when (idle.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
                {
                    // Idle a while: anything waiting longer than that has no host checking it.
                    await QueueThoseLeftWaitingAsync(clock.GetUtcNow() - LookAgainEvery, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a locality not yet checked still waits in the database for the next start.
        }
    }

    /// <summary>Localities waiting since before <paramref name="queuedBefore"/>: added on a host that stopped, or whose run failed.</summary>
    private async Task QueueThoseLeftWaitingAsync(DateTimeOffset queuedBefore, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var locality in await scope.ServiceProvider.GetRequiredService<PolicyJournal>().AwaitingCheckAsync(stoppingToken))
            {
                if (locality.PolicyCheckQueuedAt < queuedBefore)
                    Queue(locality.Code);
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // Never let a failed read stop the host: log it and look again later.
            logger.LogWarning(e, "Could not read which localities wait for their policy check; looking again in {Minutes} minutes", LookAgainEvery.TotalMinutes);
        }
    }

    private async Task CheckAsync(string code, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // Asked again here: a run of every locality ("Run now", start-up) may have checked it meanwhile.
            var waiting = (await scope.ServiceProvider.GetRequiredService<PolicyJournal>().AwaitingCheckAsync(stoppingToken))
                .FirstOrDefault(l => l.Code == code);
            if (waiting is null)
                return;
            var run = await scope.ServiceProvider.GetRequiredService<PolicyMonitor>()
                .RunLocalityAsync(code, $"{code} added by {waiting.UpdatedBy}", stoppingToken);
            logger.LogInformation("Policy for new locality {Locality}: {Passed} scenarios pass, {Failed} fail", code, run.Passed, run.Failed);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // It stays waiting in the database: a host looking again later checks it again.
            logger.LogError(e, "Policy check of new locality {Locality} failed; it is checked again within {Minutes} minutes", code, LookAgainEvery.TotalMinutes);
        }
    }
}
