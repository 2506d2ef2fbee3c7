using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Telemetry;

/// <summary>
/// Open cases (by locality) and open incidents as gauges. A scrape reads the last count; the
/// count itself is one grouped query every so often (<see cref="OpenWorkCounter"/>), read from
/// the database rather than kept in memory, so every host of a cluster reports the same figure.
/// </summary>
public sealed class OpenWorkGauges
{
    public const string OpenCases = "pathway.cases.open";
    public const string OpenIncidents = "pathway.incidents.open";

    private readonly IServiceScopeFactory _scopes;
    private volatile Counts? _latest;

    public OpenWorkGauges(IMeterFactory meters, IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        var meter = meters.Create(PathwayTelemetry.Name);
        meter.CreateObservableGauge(OpenCases, ObserveCases, description: "Running cases, by locality, at the last count");
        meter.CreateObservableGauge(OpenIncidents, ObserveIncidents, description: "Incidents not yet resolved, at the last count");
    }

    /// <summary>Counts again; until the first count the gauges report nothing rather than a false zero.</summary>
    public async Task CountAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        // Status and locality are one index, so this reads the index, not the cases.
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Running)
            .GroupBy(c => c.Locality)
            .Select(g => new { Locality = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var incidents = await db.Incidents.AsNoTracking().LongCountAsync(i => i.ResolvedAt == null, cancellationToken);
        _latest = new Counts(cases.ToDictionary(c => c.Locality, c => c.Count, StringComparer.Ordinal), incidents);
    }

    private IEnumerable<Measurement<long>> ObserveCases() =>
        _latest?.CasesByLocality.Select(c => new Measurement<long>(c.Value, new KeyValuePair<string, object?>("locality", c.Key))) ?? [];

    private IEnumerable<Measurement<long>> ObserveIncidents() =>
        _latest is { } latest ? [new Measurement<long>(latest.Incidents)] : [];

    private sealed record Counts(IReadOnlyDictionary<string, long> CasesByLocality, long Incidents);
}
