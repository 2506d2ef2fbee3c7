using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Bpmn;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Definitions;

/// <summary>
/// Pathway versions: the draft being edited, the one published for each locality, and the
/// ones they replaced. A locality without its own version runs the national one.
/// </summary>
public sealed class PathwayCatalog(PathwayDbContext db, PublishedPathways published, TimeProvider clock)
{
    /// <summary>The id of the version a new case on this pathway and locality starts on, or null when none is published.</summary>
    public async Task<long?> FindPublishedIdAsync(string key, string locality, CancellationToken cancellationToken)
    {
        if (published.TryGet(key, locality, out var known))
            return known;
        var id = await Published(key, locality).Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await Published(key, Localities.National).Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken);
        published.Remember(key, locality, id);
        return id;
    }

    /// <summary>Validates and stores a draft; the same content as the current draft changes nothing.</summary>
    public async Task<PathwayDefinitionRecord> SaveDraftAsync(string key, string locality, string xml, string actor, CancellationToken cancellationToken)
    {
        var errors = BpmnReader.Validate(xml);
        if (errors.Count > 0)
            throw new BpmnValidationException($"{key} ({locality})", errors);
        var hash = ContentHash.Of(xml);
        var draft = await db.PathwayDefinitions.SingleOrDefaultAsync(d => d.Key == key && d.Locality == locality && d.Status == DefinitionStatus.Draft, cancellationToken);
        if (draft is not null)
        {
            if (draft.ContentHash != hash)
            {
                draft.Xml = xml;
                draft.ContentHash = hash;
                draft.CreatedAt = clock.GetUtcNow();
                draft.CreatedBy = actor;
            }
        }
        else
        {
            var latest = await db.PathwayDefinitions.Where(d => d.Key == key && d.Locality == locality).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
            draft = new PathwayDefinitionRecord
            {
                Key = key, Locality = locality, Version = latest + 1, Status = DefinitionStatus.Draft,
                Xml = xml, ContentHash = hash, CreatedAt = clock.GetUtcNow(), CreatedBy = actor,
            };
            db.PathwayDefinitions.Add(draft);
        }
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>Publishes the draft; the version it replaces is kept for the cases still running on it.</summary>
    public async Task<PathwayDefinitionRecord> PublishAsync(string key, string locality, string actor, CancellationToken cancellationToken)
    {
        var draft = await db.PathwayDefinitions.SingleOrDefaultAsync(d => d.Key == key && d.Locality == locality && d.Status == DefinitionStatus.Draft, cancellationToken)
            ?? throw new DefinitionNotFoundException($"pathway '{key}' has no draft for locality '{locality}' to publish");
        var errors = BpmnReader.Validate(draft.Xml);
        if (errors.Count > 0)
            throw new BpmnValidationException($"{key} ({locality})", errors);
        foreach (var replaced in await Published(key, locality).AsTracking().ToListAsync(cancellationToken))
            replaced.Status = DefinitionStatus.Superseded;
        draft.Status = DefinitionStatus.Published;
        draft.PublishedAt = clock.GetUtcNow();
        draft.PublishedBy = actor;
        await db.SaveChangesAsync(cancellationToken);
        // Every locality falling back to the national version may now start on another one.
        published.Forget(key);
        return draft;
    }

    private IQueryable<PathwayDefinitionRecord> Published(string key, string locality) =>
        db.PathwayDefinitions.Where(d => d.Key == key && d.Locality == locality && d.Status == DefinitionStatus.Published).OrderByDescending(d => d.Version);
}
