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
        foreach (var run in runs)
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
    }

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
