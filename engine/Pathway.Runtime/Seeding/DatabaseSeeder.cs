using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Seeding;

/// <summary>
/// Brings the database up to date and, the first time, loads the shipped pathways, rule sets
/// and specs as version 1, published, and the shipped localities, so a fresh start has a working pathway.
/// </summary>
public sealed class DatabaseSeeder(PathwayDbContext db, DefinitionSeeder definitions, DatabaseRuleSetSource rules, PathwayRuntimeOptions options,
    TimeProvider clock, ILogger<DatabaseSeeder> logger)
{
    public const string SeedActor = DefinitionSeeder.SeedActor;

    public async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        // A host started from another folder resolves the shipped folders wrongly and would start
        // with no pathway and no locality; say where it looked, so that is seen at once.
        foreach (var (setting, path) in new[] { ("WorkflowsPath", options.WorkflowsPath), ("RulesPath", options.RulesPath) })
        {
            if (path is not null && !Directory.Exists(path))
                logger.LogWarning("Pathway:{Setting} {Path} does not exist, so nothing is seeded from it; start the host from its own folder (dotnet run --project designer-host) or set {Variable}", setting, path, $"Pathway__{setting}");
        }
        await definitions.SeedAsync(cancellationToken);
        await rules.ReloadAsync(db, cancellationToken);
        await LocalitySeeder.SeedAsync(db, options.RulesPath, SeedActor, clock, logger, cancellationToken);
    }
}
