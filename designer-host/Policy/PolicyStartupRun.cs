using Pathway.Policy.Gate;

namespace Pathway.DesignerHost.Policy;

/// <summary>Runs the policy against what is published once the host has started, in the background, so start-up never waits on it.</summary>
public sealed class PolicyStartupRun(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<PolicyStartupRun> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Pathway:Policy:RunAtStartup", true))
            return;
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var runs = await scope.ServiceProvider.GetRequiredService<PolicyMonitor>().RunAllAsync("start-up", stoppingToken);
            logger.LogInformation("Policy at start-up: {Passed} scenarios pass, {Failed} fail", runs.Sum(r => r.Passed), runs.Sum(r => r.Failed));
            // The run builds a database and a runtime per scenario, all garbage now; without a
            // compacting collection the heap it grew stays committed (about 20 MB) while the host runs.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the run finished: the next start runs it again.
        }
    }
}
