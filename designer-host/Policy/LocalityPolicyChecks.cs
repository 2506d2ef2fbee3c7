using System.Threading.Channels;
using Pathway.Policy.Gate;

namespace Pathway.DesignerHost.Policy;

/// <summary>
/// Checks a locality just added against the national specs in the background, so adding it answers
/// at once rather than after a whole policy run. The wish to check is stored with the locality in
/// the add's own transaction (<c>PolicyCheckQueuedAt</c>) and cleared when its run is recorded:
/// every host's Policy page shows it as being checked meanwhile, and whatever a stopped host left
/// unchecked is checked when a host next starts. The queue itself is only this host's to-do list.
/// </summary>
public sealed class LocalityPolicyChecks(IServiceScopeFactory scopes, ILogger<LocalityPolicyChecks> logger) : BackgroundService
{
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Checks the locality soon, on this host; its add has already stored that it waits.</summary>
    public void Queue(string locality) => _queue.Writer.TryWrite(locality);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await QueueThoseLeftWaitingAsync(stoppingToken);
            await foreach (var locality in _queue.Reader.ReadAllAsync(stoppingToken))
                await CheckAsync(locality, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a locality not yet checked still waits in the database for the next start.
        }
    }

    /// <summary>Localities added while a host ran that stopped before their check was recorded.</summary>
    private async Task QueueThoseLeftWaitingAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var locality in await scope.ServiceProvider.GetRequiredService<PolicyJournal>().AwaitingCheckAsync(stoppingToken))
                Queue(locality.Code);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not read which localities wait for their policy check; they are checked at the next start");
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
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // It stays waiting in the database: the next start-up checks it again.
            logger.LogError(e, "Policy check of new locality {Locality} failed; it is checked again at the next start", code);
        }
    }
}
