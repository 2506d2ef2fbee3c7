using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pathway.Engine.Definitions;
using Pathway.Runtime.Definitions.Kinds;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Definitions;

/// <summary>
/// The first time a kind has no versions, its shipped files become version 1, published.
/// A shipped file with problems is a build error, not something to skip.
/// </summary>
public sealed class DefinitionSeeder(PathwayDbContext db, DefinitionKinds kinds, PathwayRuntimeOptions options, TimeProvider clock, ILogger<DefinitionSeeder> logger)
{
    public const string SeedActor = "seed";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var kind in kinds.All)
        {
            if (await db.Definitions.AnyAsync(d => d.Kind == kind.Kind, cancellationToken))
                continue;
            foreach (var shipped in kind.Shipped(options))
            {
                var problems = kind.Check(shipped.Key, shipped.Content);
                if (problems.Count > 0)
                    throw new InvalidOperationException($"shipped {kind.Kind} {shipped.File} has problems: {string.Join("; ", problems.Select(p => $"{p.Code} {p.Message}"))}");
                db.Definitions.Add(new DefinitionRecord
                {
                    Kind = kind.Kind, Key = shipped.Key, Locality = shipped.Locality, Version = 1, Status = DefinitionStatus.Published,
                    Content = shipped.Content, ContentHash = ContentHash.Of(shipped.Content),
                    CreatedAt = clock.GetUtcNow(), CreatedBy = SeedActor, PublishedAt = clock.GetUtcNow(), PublishedBy = SeedActor,
                });
                logger.LogInformation("Seeded {Kind} {Key} ({Locality}) as version 1", kind.Kind, shipped.Key, shipped.Locality);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
