using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Policy.Running;
using Pathway.Runtime.Storage;

namespace Pathway.Policy.Gate;

/// <summary>
/// What the Policy page shows: each locality's latest run against its published set, and the
/// overrides still standing. An override stands until a later run passes its scenario.
/// </summary>
public sealed class PolicyJournal(PathwayDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RecordAsync(IEnumerable<PolicyRun> runs, string trigger, CancellationToken cancellationToken)
    {
        var recorded = runs.ToList();
        foreach (var run in recorded)
        {
            db.PolicyRuns.Add(new PolicyRunRecord
            {
                Locality = run.Locality, Trigger = trigger, RanAt = run.RanAt, Passed = run.Passed, Failed = run.Failed,
                ResultJson = JsonSerializer.Serialize(run, Json),
            });
            var passing = run.Scenarios.Where(s => s.Passed).Select(s => (s.Feature, s.Title)).ToHashSet();
            var standing = await db.PolicyOverrides.Where(o => o.Locality == run.Locality && o.ClearedAt == null).ToListAsync(cancellationToken);
            foreach (var cleared in standing.Where(o => passing.Contains((o.Feature, o.Scenario))))
                cleared.ClearedAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(cancellationToken);
        // A locality waiting for its first check has one now. Cleared after the run is saved: a crash
        // between the two only checks it once more at the next start-up.
        var checkedLocalities = recorded.Select(r => r.Locality).ToList();
        await db.Localities.Where(l => checkedLocalities.Contains(l.Code) && l.PolicyCheckQueuedAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.PolicyCheckQueuedAt, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>Localities added whose policy run is not yet recorded: being checked, or left by a host that stopped.</summary>
    public Task<List<LocalityRecord>> AwaitingCheckAsync(CancellationToken cancellationToken) =>
        db.Localities.AsNoTracking().Where(l => l.PolicyCheckQueuedAt != null).OrderBy(l => l.Code).ToListAsync(cancellationToken);

    public async Task OverrideAsync(IEnumerable<ScenarioOutcome> failures, string reason, string actor, string definition, CancellationToken cancellationToken)
    {
        foreach (var failure in failures)
            db.PolicyOverrides.Add(new PolicyOverrideRecord
            {
                Locality = failure.Locality, Feature = failure.Feature, Scenario = failure.Title, Reason = reason.Trim(),
                OverriddenBy = actor, OverriddenAt = clock.GetUtcNow(), Definition = definition,
            });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The latest run of each locality, newest first.</summary>
    public async Task<IReadOnlyList<PolicyRun>> LatestRunsAsync(CancellationToken cancellationToken)
    {
        var ids = await db.PolicyRuns.GroupBy(r => r.Locality).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        var latest = await db.PolicyRuns.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => r.ResultJson).ToListAsync(cancellationToken);
        return [.. latest.Select(j => JsonSerializer.Deserialize<PolicyRun>(j, Json)!).OrderBy(r => r.Locality == "national" ? "" : r.Locality, StringComparer.Ordinal)];
    }

    public Task<List<PolicyOverrideRecord>> StandingOverridesAsync(CancellationToken cancellationToken) =>
        db.PolicyOverrides.AsNoTracking().Where(o => o.ClearedAt == null).OrderBy(o => o.Locality).ThenBy(o => o.Feature).ToListAsync(cancellationToken);
}
