using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.DesignerHost.Policy;
using Pathway.Runtime.Storage;

namespace Pathway.Host.Tests.Localities;

/// <summary>
/// A locality added on a host that stopped before its policy run finished is checked when a host
/// next starts, or by a running host once it has waited longer than the look-again interval.
/// </summary>
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
            db.Localities.Add(Waiting("far-holm", PathwayHostFactory.Start));
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

    [Fact]
    public async Task LocalityLeftWaitingByAnotherHost_IsCheckedByARunningHostOnceItHasWaitedTooLong()
    {
        // given a running host that has checked a locality added through it (so its start-up look is long over)
        using var host = new PathwayHostFactory();
        var admin = await host.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/localities", new JsonObject
        {
            ["code"] = "near-holm", ["name"] = "Near Holm", ["teams"] = new JsonArray("near-holm"), ["huddleDays"] = new JsonArray("Friday"),
        })).StatusCode);
        await PolicyResultsPolling.WaitForRunAsync(admin, "near-holm");

        // and a locality another host added and died before checking
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
            db.Localities.Add(Waiting("sea-holm", host.Clock.GetUtcNow().AddMinutes(-1)));
            await db.SaveChangesAsync();
        }

        // when the host's clock passes the look-again interval (again, until it looks)
        var results = await PolicyResultsPolling.WaitForRunAsync(admin, "sea-holm", () => host.Clock.Advance(LocalityPolicyChecks.LookAgainEvery));

        // then it has checked that locality too
        Assert.NotEmpty(results["runs"]!.AsArray().Single(r => r!["locality"]!.GetValue<string>() == "sea-holm")!["scenarios"]!.AsArray());
    }

    /// <summary>A locality as an administrator's add stores it, before its policy run is recorded.</summary>
    private static LocalityRecord Waiting(string code, DateTimeOffset queuedAt) => new()
    {
        Code = code, Name = code, Teams = [code], HuddleDays = ["Wednesday"], Version = 1,
        UpdatedAt = queuedAt, UpdatedBy = "admin", PolicyCheckQueuedAt = queuedAt,
    };
}
