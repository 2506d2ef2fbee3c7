using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Pathway.Runtime.Seeding;

namespace Pathway.Runtime.Tests.Seeding;

/// <summary>The shipped localities file seeds an empty database once; a malformed file fails loudly, naming the problem.</summary>
public sealed class LocalitySeederTests
{
    [Fact]
    public async Task MigrateAndSeed_FreshDatabase_HoldsTheShippedLocalities()
    {
        await using var engine = await TestEngine.StartAsync();

        var localities = await engine.QueryAsync(db => db.Localities.AsNoTracking().OrderBy(l => l.Code).ToListAsync());

        Assert.Equal(["coastal-bay", "north-shire", "riverside"], localities.Select(l => l.Code));
        Assert.All(localities, l => Assert.NotEmpty(l.Teams));
        Assert.Equal(["Monday", "Wednesday", "Friday"], localities.Single(l => l.Code == "north-shire").HuddleDays);
        Assert.All(localities, l => Assert.Equal((1, DatabaseSeeder.SeedActor), (l.Version, l.UpdatedBy)));
    }

    [Fact]
    public async Task Seed_DatabaseAlreadyHoldsLocalities_LeavesAnAdministratorsChangesAlone()
    {
        await using var engine = await TestEngine.StartAsync();
        await engine.QueryAsync(async db =>
        {
            var north = await db.Localities.SingleAsync(l => l.Code == "north-shire");
            north.Name = "North Shire (renamed)";
            return await db.SaveChangesAsync();
        });

        var names = await engine.QueryAsync(async db =>
        {
            await LocalitySeeder.SeedAsync(db, Repository.Combine("rules"), "seed", TimeProvider.System, NullLogger.Instance, CancellationToken.None);
            return await db.Localities.AsNoTracking().Select(l => l.Name).ToListAsync();
        });

        Assert.Contains("North Shire (renamed)", names);
        Assert.Equal(3, names.Count);
    }

    [Fact]
    public void Read_ShippedFile_IsWellFormed()
    {
        var file = LocalitySeeder.FileIn(Repository.Combine("rules"));

        var localities = LocalitySeeder.Read(File.ReadAllText(file), file);

        Assert.Equal(3, localities.Count);
    }

    [Theory]
    [InlineData("""{"localities": [{"code": "Bad Code", "name": "X", "teams": ["x-team"]}]}""", "localities[0].code")]
    [InlineData("""{"localities": [{"code": "east-vale", "name": "East Vale", "teams": []}]}""", "localities[0].teams")]
    [InlineData("""{"localities": [{"code": "east-vale", "name": "East Vale", "teams": ["ev"], "huddleDays": ["Someday"]}]}""", "localities[0].huddleDays[0]")]
    [InlineData("""{"localities": [{"code": "ev", "name": "A", "teams": ["ev"]}, {"code": "ev", "name": "B", "teams": ["ev"]}]}""", "'ev' is listed twice")]
    [InlineData("""{"localities": []}""", "no localities")]
    public void Read_MalformedFile_ThrowsNamingTheFileAndTheProblem(string json, string named)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => LocalitySeeder.Read(json, "localities.json"));

        Assert.StartsWith("localities.json:", refused.Message, StringComparison.Ordinal);
        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }
}
