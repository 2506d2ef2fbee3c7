using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Seeding;

/// <summary>
/// Brings the database up to date and, the first time, loads the shipped pathways, rule sets
/// and specs as version 1, published, so a fresh start has a working pathway.
/// </summary>
public sealed class DatabaseSeeder(PathwayDbContext db, DefinitionSeeder definitions, DatabaseRuleSetSource rules)
{
    public const string SeedActor = DefinitionSeeder.SeedActor;

    public async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await definitions.SeedAsync(cancellationToken);
        await rules.ReloadAsync(db, cancellationToken);
    }
}
