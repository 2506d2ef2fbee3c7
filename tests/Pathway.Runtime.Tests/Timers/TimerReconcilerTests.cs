using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;
using Pathway.Runtime.Timers;
using Quartz;

namespace Pathway.Runtime.Tests.Timers;

public sealed class TimerReconcilerTests
{
    [Fact]
    public async Task Reconcile_ThousandsOfTimersWithoutTriggers_GivesEachOneTriggerOnce()
    {
        // given: 600 cases whose timers never reached Quartz (their outbox was not dispatched)
        await using var engine = await TestEngine.StartAsync(quartz: true);
        for (var i = 0; i < 600; i++)
            await engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));
        var timers = await engine.QueryAsync(db => db.Bookmarks.CountAsync(b => b.Kind == BookmarkKind.Timer));
        Assert.True(timers > 1_000, $"the cases should wait on more timers than one batch holds, but wait on {timers}");
        var scheduler = await engine.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var reconciler = ActivatorUtilities.CreateInstance<TimerReconciler>(engine.Services);

        // when
        var scheduled = await reconciler.ReconcileAsync(CancellationToken.None);

        // then: every timer has its trigger, and a second start-up finds nothing to do
        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(QuartzTimerScheduler.Group));
        Assert.Equal(timers, scheduled);
        Assert.Equal(timers, triggers.Count);
        Assert.Equal(0, await reconciler.ReconcileAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Dispatch_OutboxRowsForOneTimer_TheLastRowDecides()
    {
        // given: one case's timers scheduled, then the assessment done, which cancels its escalation timer
        await using var engine = await TestEngine.StartAsync(quartz: true);
        var started = await engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));
        var task = (await engine.OpenTasksAsync(started.CaseId)).Single();
        await engine.SendAsync(new CompleteTask(task.Id, new Dictionary<string, object?>(), TestEngine.Clinician));
        var open = await engine.QueryAsync(db => db.Bookmarks.Where(b => b.CaseId == started.CaseId && b.Kind == BookmarkKind.Timer).Select(b => b.BookmarkId).ToListAsync());
        var dispatcher = ActivatorUtilities.CreateInstance<TimerDispatcher>(engine.Services);

        // when: the whole outbox goes to Quartz in one batch
        await dispatcher.DispatchBatchAsync(CancellationToken.None);

        // then: Quartz holds exactly the timers the case still waits on
        var scheduler = await engine.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(QuartzTimerScheduler.Group));
        Assert.Equal(open.Select(b => new TimerKey(started.CaseId, b).ToString()).Order(), triggers.Select(t => t.Name).Order());
        Assert.Equal(0, await engine.QueryAsync(db => db.TimerOutbox.CountAsync()));
    }
}
