using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Storage;

public sealed class DefinitionStoreMigrationTests
{
    [Fact]
    public async Task Migrating_MovesPathwaysAndRuleSetsIntoOneStore_AndCasesStillNameTheirPathwayVersion()
    {
        // given a database from just before the store, with a case on pathway version id 7
        using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new PathwayDbContext(new DbContextOptionsBuilder<PathwayDbContext>().UseSqlite(connection).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261201143358_Localities");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO pathway_definitions (Id, Key, Locality, Version, Status, Xml, ContentHash, CreatedAt, CreatedBy, PublishedAt, PublishedBy)
            VALUES (7, 'admission-avoidance', 'national', 3, 'Published', '<definitions/>', 'h1', 1, 'seed', 1, 'seed');
            INSERT INTO rule_sets (Id, Name, Locality, Version, Status, Json, ContentHash, CreatedAt, CreatedBy, PublishedAt, PublishedBy)
            VALUES (7, 'escalation', 'riverside', 2, 'Draft', '{{}}', 'h2', 2, 'designer', NULL, NULL);
            INSERT INTO cases (Id, PathwayDefinitionId, Locality, Status, StateJson, HasIncidents, StartedAt, EndedAt, JournalLength, Revision)
            VALUES ('6f1c1f4e-0000-4000-8000-000000000001', 7, 'national', 'Running', '{{}}', 0, 1, NULL, 0, 0);
            """);

        // when the store's migration runs
        await migrator.MigrateAsync();

        // then both rows are in the store, the pathway under its old id
        var rows = await db.Definitions.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        var pathway = Assert.Single(rows, r => r.Kind == DefinitionKind.Pathway);
        var ruleSet = Assert.Single(rows, r => r.Kind == DefinitionKind.RuleSet);
        Assert.Equal((7L, "admission-avoidance", 3, DefinitionStatus.Published, "<definitions/>"), (pathway.Id, pathway.Key, pathway.Version, pathway.Status, pathway.Content));
        Assert.Equal(("escalation", "riverside", 2, DefinitionStatus.Draft, "{}"), (ruleSet.Key, ruleSet.Locality, ruleSet.Version, ruleSet.Status, ruleSet.Content));
        Assert.NotEqual(7L, ruleSet.Id);
        var theCase = await db.Cases.AsNoTracking().SingleAsync();
        Assert.Equal(pathway.Id, theCase.PathwayDefinitionId);
    }
}
