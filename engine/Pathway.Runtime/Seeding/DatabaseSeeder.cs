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
        await definitions.SeedAsync(cancellationToken);
        await rules.ReloadAsync(db, cancellationToken);
        await LocalitySeeder.SeedAsync(db, options.RulesPath, SeedActor, clock, logger, cancellationToken);
    }
}
