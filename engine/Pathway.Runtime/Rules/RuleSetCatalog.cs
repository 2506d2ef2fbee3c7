using Microsoft.EntityFrameworkCore;
using Pathway.Rules.Loading;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Rules;

/// <summary>
/// Rule-set versions, stored like pathways: drafts, the published version per locality, and
/// the ones they replaced. Every save and publish is validated; a refused one changes nothing.
/// </summary>
public sealed class RuleSetCatalog(PathwayDbContext db, DatabaseRuleSetSource source, TimeProvider clock)
{
    public async Task<RuleSetRecord> SaveDraftAsync(string name, string locality, string json, string actor, CancellationToken cancellationToken)
    {
        Validate(name, json);
        var hash = RuleSetVersion.HashOf(json);
        var draft = await db.RuleSets.SingleOrDefaultAsync(r => r.Name == name && r.Locality == locality && r.Status == DefinitionStatus.Draft, cancellationToken);
        if (draft is null)
        {
            var latest = await db.RuleSets.Where(r => r.Name == name && r.Locality == locality).MaxAsync(r => (int?)r.Version, cancellationToken) ?? 0;
            draft = new RuleSetRecord { Name = name, Locality = locality, Version = latest + 1, Status = DefinitionStatus.Draft, Json = json, ContentHash = hash };
            db.RuleSets.Add(draft);
        }
        draft.Json = json;
        draft.ContentHash = hash;
        draft.CreatedAt = clock.GetUtcNow();
        draft.CreatedBy = actor;
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task<RuleSetRecord> PublishAsync(string name, string locality, string actor, CancellationToken cancellationToken)
    {
        var draft = await db.RuleSets.SingleOrDefaultAsync(r => r.Name == name && r.Locality == locality && r.Status == DefinitionStatus.Draft, cancellationToken)
            ?? throw new DefinitionNotFoundException($"rule set '{name}' has no draft for '{locality}' to publish");
        Validate(name, draft.Json);
        var published = await db.RuleSets.Where(r => r.Name == name && r.Locality == locality && r.Status == DefinitionStatus.Published).ToListAsync(cancellationToken);
        published.ForEach(r => r.Status = DefinitionStatus.Superseded);
        draft.Status = DefinitionStatus.Published;
        draft.PublishedAt = clock.GetUtcNow();
        draft.PublishedBy = actor;
        await db.SaveChangesAsync(cancellationToken);
        await source.ReloadAsync(db, cancellationToken);
        return draft;
    }

    /// <summary>Adds version 1 of each shipped rule set, published, to a database that has none; then loads what is published.</summary>
    public async Task SeedAsync(string? rulesDirectory, string actor, CancellationToken cancellationToken)
    {
        if (rulesDirectory is not null && !await db.RuleSets.AnyAsync(cancellationToken))
        {
            foreach (var version in new FileRuleSetSource(rulesDirectory).All())
            {
                Validate(version.Name, version.Json);
                db.RuleSets.Add(new RuleSetRecord
                {
                    Name = version.Name, Locality = version.Locality ?? Localities.National, Version = 1,
                    Status = DefinitionStatus.Published, Json = version.Json, ContentHash = version.ContentHash,
                    CreatedAt = clock.GetUtcNow(), CreatedBy = actor, PublishedAt = clock.GetUtcNow(), PublishedBy = actor,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        await source.ReloadAsync(db, cancellationToken);
    }

    private static void Validate(string name, string json)
    {
        var errors = RuleSetLoader.Validate(json, name);
        if (errors.Count > 0)
            throw new RuleSetValidationException(name, errors);
    }
}
