using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pathway.Engine.Bpmn;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Seeding;

/// <summary>
/// Brings the database up to date and, the first time, loads the shipped pathways and rule
/// sets as version 1, published, and the shipped localities, so a fresh start has a working pathway.
/// </summary>
public sealed class DatabaseSeeder(PathwayDbContext db, RuleSetCatalog rules, PathwayRuntimeOptions options, TimeProvider clock, ILogger<DatabaseSeeder> logger)
{
    public const string SeedActor = "seed";

    public async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await SeedPathwaysAsync(cancellationToken);
        await rules.SeedAsync(options.RulesPath, SeedActor, cancellationToken);
        await LocalitySeeder.SeedAsync(db, options.RulesPath, SeedActor, clock, logger, cancellationToken);
    }

    private async Task SeedPathwaysAsync(CancellationToken cancellationToken)
    {
        if (options.WorkflowsPath is not { } folder || await db.PathwayDefinitions.AnyAsync(cancellationToken))
            return;
        foreach (var file in Directory.EnumerateFiles(folder, "*.bpmn").Order(StringComparer.Ordinal))
        {
            var xml = await File.ReadAllTextAsync(file, cancellationToken);
            // A shipped pathway that does not load is a build error, not something to skip.
            BpmnReader.Read(xml, file);
            db.PathwayDefinitions.Add(new PathwayDefinitionRecord
            {
                Key = Path.GetFileNameWithoutExtension(file),
                Locality = Localities.National,
                Version = 1,
                Status = DefinitionStatus.Published,
                Xml = xml,
                ContentHash = ContentHash.Of(xml),
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = SeedActor,
                PublishedAt = clock.GetUtcNow(),
                PublishedBy = SeedActor,
            });
            logger.LogInformation("Seeded pathway {File} as version 1", file);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
