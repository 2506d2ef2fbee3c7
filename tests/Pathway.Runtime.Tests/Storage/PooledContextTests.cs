using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Storage;

/// <summary>The runtime's contexts are pooled; a context used again must carry nothing from its last scope.</summary>
public sealed class PooledContextTests
{
    [Fact]
    public async Task A_context_leased_again_does_not_write_rows_appended_by_a_command_that_failed_before_saving()
    {
        await using var engine = await TestEngine.StartAsync();
        var caseId = Guid.CreateVersion7();
        PathwayDbContext first;
        await using (var failed = engine.Services.CreateAsyncScope())
        {
            first = failed.ServiceProvider.GetRequiredService<PathwayDbContext>();
            first.Append(new JournalRecord { CaseId = caseId, Sequence = 1, At = engine.Clock.GetUtcNow(), Kind = "left.behind", Actor = "test" });
            // the command fails here, and its scope ends without saving
        }

        await using (var next = engine.Services.CreateAsyncScope())
        {
            var again = next.ServiceProvider.GetRequiredService<PathwayDbContext>();
            Assert.Same(first, again);
            again.Cases.Add(new CaseRecord { Id = Guid.CreateVersion7(), Locality = "north-shire", StateJson = "{}" });
            await again.SaveChangesAsync();
        }

        Assert.Empty(await engine.QueryAsync(db => db.Journal.Where(j => j.CaseId == caseId).ToListAsync()));
    }

    [Fact]
    public async Task A_context_leased_again_has_the_default_settings_whatever_its_last_scope_changed()
    {
        await using var engine = await TestEngine.StartAsync();
        await using (var reading = engine.Services.CreateAsyncScope())
        {
            var db = reading.ServiceProvider.GetRequiredService<PathwayDbContext>();
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            db.Database.AutoSavepointsEnabled = false;
        }

        await using var next = engine.Services.CreateAsyncScope();
        var again = next.ServiceProvider.GetRequiredService<PathwayDbContext>();
        Assert.Equal(QueryTrackingBehavior.TrackAll, again.ChangeTracker.QueryTrackingBehavior);
        Assert.True(again.Database.AutoSavepointsEnabled);
    }
}
