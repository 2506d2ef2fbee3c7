using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Storage;

namespace Pathway.Host.Tests.Localities;

/// <summary>A locality added on a host that stopped before its policy run finished is checked when a host next starts.</summary>
public sealed class LocalityPolicyStartupTests
{
    [Fact]
    public async Task LocalityLeftWaitingByAStoppedHost_IsCheckedWhenAHostStarts()
    {
        // given a database where an administrator added a locality, and the host stopped before its policy run was recorded
        using var earlier = new PathwayHostFactory();
        await using (var scope = earlier.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
            db.Localities.Add(new LocalityRecord
            {
                Code = "far-holm", Name = "Far Holm", Teams = ["far-holm"], HuddleDays = ["Wednesday"], Version = 1,
                UpdatedAt = PathwayHostFactory.Start, UpdatedBy = "admin", PolicyCheckQueuedAt = PathwayHostFactory.Start,
            });
            await db.SaveChangesAsync();
        }

        // when a host starts on that database, with no run asked for
        using var restarted = new PathwayHostFactory { HostConnectionString = earlier.DatabaseConnectionString };
        var commissioner = await restarted.SignInAsync("commissioner");

        // then it checks the locality against the national specs, as added by its administrator
        var results = await PolicyResultsPolling.WaitForRunAsync(commissioner, "far-holm");
        var scenarios = results["runs"]!.AsArray().Single(r => r!["locality"]!.GetValue<string>() == "far-holm")!["scenarios"]!.AsArray();
        Assert.NotEmpty(scenarios);
        Assert.All(scenarios, s => Assert.Equal("national", s!["specLocality"]!.GetValue<string>()));
        await using var check = restarted.Services.CreateAsyncScope();
        var store = check.ServiceProvider.GetRequiredService<PathwayDbContext>();
        // (the earlier host may have seen it too, if its own start-up check came after the row: each says who added it)
        var triggers = await store.PolicyRuns.Where(r => r.Locality == "far-holm").Select(r => r.Trigger).ToListAsync();
        Assert.NotEmpty(triggers);
        Assert.All(triggers, t => Assert.Equal("far-holm added by admin", t));
        Assert.Null((await store.Localities.AsNoTracking().SingleAsync(l => l.Code == "far-holm")).PolicyCheckQueuedAt);
    }
}
