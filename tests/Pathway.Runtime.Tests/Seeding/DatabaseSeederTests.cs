using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Runtime.Seeding;

namespace Pathway.Runtime.Tests.Seeding;

/// <summary>A host that cannot find the shipped folders says where it looked, rather than starting silently empty.</summary>
public sealed class DatabaseSeederTests
{
    [Fact]
    public async Task TheShippedRulesFolderMissing_IsAWarningNamingWhereItLooked_AndNothingIsSeededFromIt()
    {
        // given a host whose rules folder resolved to somewhere that is not there
        var logs = new CapturedLogs();
        var missing = Path.Combine(Path.GetTempPath(), "pathway-no-rules-here");

        // when it starts
        await using var engine = await TestEngine.StartAsync(services =>
        {
            services.AddLogging(l => l.AddProvider(logs));
            ((PathwayRuntimeOptions)services.Single(d => d.ServiceType == typeof(PathwayRuntimeOptions)).ImplementationInstance!).RulesPath = missing;
        });

        // then it says so, by setting and path, and seeds no localities
        var line = Assert.Single(logs.Lines, l => l.Category == typeof(DatabaseSeeder).FullName && l.Level == LogLevel.Warning);
        Assert.Equal(("RulesPath", missing), (line["Setting"], line["Path"]));
        Assert.Empty(await engine.QueryAsync(db => db.Localities.ToListAsync()));
    }
}
