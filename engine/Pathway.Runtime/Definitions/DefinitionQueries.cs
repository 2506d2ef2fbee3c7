using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Definitions;

/// <summary>Reads over the store: what a new case starts on, a locality's version set, every version, and two versions compared.</summary>
public sealed class DefinitionQueries(PathwayDbContext db, PublishedPathways publishedPathways)
{
    /// <summary>The id of the pathway version a new case on this key and locality starts on (the locality's, else national), or null.</summary>
    public async Task<long?> FindPublishedPathwayIdAsync(string key, string locality, CancellationToken cancellationToken)
    {
        if (publishedPathways.TryGet(key, locality, out var known))
            return known;
        var id = await PublishedId(key, locality).FirstOrDefaultAsync(cancellationToken)
            ?? await PublishedId(key, Localities.National).FirstOrDefaultAsync(cancellationToken);
        publishedPathways.Remember(key, locality, id);
        return id;
    }

    private IQueryable<long?> PublishedId(string key, string locality) =>
        db.Definitions.Where(d => d.Kind == DefinitionKind.Pathway && d.Key == key && d.Locality == locality && d.Status == DefinitionStatus.Published)
            .Select(d => (long?)d.Id);

    /// <summary>The published national definitions and the locality's own: what its cases run on and what checks them.</summary>
    public async Task<VersionSet> PublishedSetAsync(string locality, CancellationToken cancellationToken)
    {
        var rows = await db.Definitions.AsNoTracking()
            .Where(d => d.Status == DefinitionStatus.Published && (d.Locality == Localities.National || d.Locality == locality))
            .ToListAsync(cancellationToken);
        return new VersionSet(locality, []).With(rows);
    }

    /// <summary>Every locality served (a new one runs the national definitions) or with definitions of its own, national first.</summary>
    public async Task<IReadOnlyList<string>> LocalitiesAsync(CancellationToken cancellationToken)
    {
        var own = await db.Definitions.AsNoTracking().Where(d => d.Locality != Localities.National).Select(d => d.Locality).Distinct().ToListAsync(cancellationToken);
        var served = await db.Localities.AsNoTracking().Select(l => l.Code).ToListAsync(cancellationToken);
        return [Localities.National, .. own.Union(served).Where(l => l != Localities.National).Distinct().Order(StringComparer.Ordinal)];
    }

    public Task<List<DefinitionRecord>> VersionsAsync(DefinitionKind kind, CancellationToken cancellationToken) =>
        db.Definitions.AsNoTracking().Where(d => d.Kind == kind)
            .OrderBy(d => d.Key).ThenBy(d => d.Locality).ThenBy(d => d.Version).ToListAsync(cancellationToken);

    public Task<DefinitionRecord?> FindAsync(DefinitionKind kind, long id, CancellationToken cancellationToken) =>
        db.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.Id == id, cancellationToken);

    public Task<DefinitionRecord?> FindAsync(DefinitionKind kind, string key, string locality, DefinitionStatus status, CancellationToken cancellationToken) =>
        db.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.Key == key && d.Locality == locality && d.Status == status, cancellationToken);

    /// <summary>Two versions of one definition, line by line.</summary>
    public async Task<DefinitionComparison> CompareAsync(DefinitionKind kind, string key, string locality, int from, int to, CancellationToken cancellationToken)
    {
        var rows = await db.Definitions.AsNoTracking()
            .Where(d => d.Kind == kind && d.Key == key && d.Locality == locality && (d.Version == from || d.Version == to))
            .ToListAsync(cancellationToken);
        var before = rows.SingleOrDefault(r => r.Version == from) ?? throw new DefinitionNotFoundException($"{DefinitionStore.Words(kind)} '{key}' has no version {from} for '{locality}'");
        var after = rows.SingleOrDefault(r => r.Version == to) ?? throw new DefinitionNotFoundException($"{DefinitionStore.Words(kind)} '{key}' has no version {to} for '{locality}'");
        return new DefinitionComparison(key, locality, from, to, before.ContentHash == after.ContentHash, LineDiff.Compare(before.Content, after.Content));
    }
}

public sealed record DefinitionComparison(string Key, string Locality, int From, int To, bool Same, IReadOnlyList<DiffLine> Lines);
