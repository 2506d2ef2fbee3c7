using Pathway.Policy.Running;
using Pathway.Runtime.Definitions;

namespace Pathway.Policy.Gate;

/// <summary>Runs every locality's specs against its published set and records the results: at start-up, and when someone asks.</summary>
public sealed class PolicyMonitor(DefinitionQueries definitions, PolicyRunner runner, PolicyJournal journal)
{
    public async Task<IReadOnlyList<PolicyRun>> RunAllAsync(string trigger, CancellationToken cancellationToken)
    {
        var runs = new List<PolicyRun>();
        foreach (var locality in await definitions.LocalitiesAsync(cancellationToken))
            runs.Add(await runner.RunAsync(await definitions.PublishedSetAsync(locality, cancellationToken), cancellationToken));
        await journal.RecordAsync(runs, trigger, cancellationToken);
        return runs;
    }

    /// <summary>One locality's specs against its published set, recorded: how a locality just added is checked, in the background.</summary>
    public async Task<PolicyRun> RunLocalityAsync(string locality, string trigger, CancellationToken cancellationToken)
    {
        var run = await runner.RunAsync(await definitions.PublishedSetAsync(locality, cancellationToken), cancellationToken);
        await journal.RecordAsync([run], trigger, cancellationToken);
        return run;
    }
}
