using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Telemetry;
using Pathway.Runtime.Timers;
using Quartz;

namespace Pathway.Runtime.Tests.Telemetry;

/// <summary>The instruments an operator's dashboard is built on: each name is pinned, with a value it recorded.</summary>
public sealed class PathwayMetricsTests
{
    [Fact]
    public async Task ACaseStart_IsCountedTimedAndGroupCommitted()
    {
        using var metrics = new RecordedMetrics();
        await using var engine = await TestEngine.StartAsync();

        await engine.SendAsync(new StartCase("admission-avoidance", "north-shire", Referrals.FallAtHome(), TestEngine.Coordinator));

        Assert.Contains(1, metrics.Of("pathway.commands", ("kind", nameof(StartCase)), ("outcome", "ok")));
        Assert.Contains(metrics.Of("pathway.command.duration", ("kind", nameof(StartCase))), ms => ms > 0);
        Assert.Contains(metrics.Of("pathway.group_commit.size"), size => size >= 1);
    }

    [Fact]
    public async Task ARefusedCommand_IsCountedWithItsOutcome()
    {
        using var metrics = new RecordedMetrics();
        await using var engine = await TestEngine.StartAsync();

        await Assert.ThrowsAsync<CommandRejectedException>(() =>
            engine.SendAsync(new StartCase("no-such-pathway", "north-shire", Referrals.FallAtHome(), TestEngine.Coordinator)));

        Assert.Contains(1, metrics.Of("pathway.commands", ("kind", nameof(StartCase)), ("outcome", nameof(CommandRejectedException))));
    }

    [Fact]
    public async Task OpenCasesAndIncidents_AreGaugedByLocalityFromTheLastCount()
    {
        // given: two running cases in one locality, one stopped on an incident in another
        await using var engine = await TestEngine.StartAsync();
        using var metrics = new RecordedMetrics(engine.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        await IncidentPathway.PublishAsync(engine, "gauge-shire");
        await engine.SendAsync(new StartCase("admission-avoidance", "north-shire", Referrals.FallAtHome(), TestEngine.Coordinator));
        await engine.SendAsync(new StartCase("admission-avoidance", "north-shire", Referrals.FallAtHome(), TestEngine.Coordinator));
        await engine.SendAsync(new StartCase("admission-avoidance", "gauge-shire", Referrals.FallAtHome(), TestEngine.Coordinator));
        var gauges = engine.Services.GetRequiredService<OpenWorkGauges>();

        // when: nothing counted yet, then a count and a scrape
        metrics.Scrape();
        Assert.Empty(metrics.Of(OpenWorkGauges.OpenCases));
        await gauges.CountAsync(CancellationToken.None);
        metrics.Scrape();

        // then
        Assert.Equal([2], metrics.Of(OpenWorkGauges.OpenCases, ("locality", "north-shire")));
        Assert.Equal([1], metrics.Of(OpenWorkGauges.OpenCases, ("locality", "gauge-shire")));
        Assert.Equal([1], metrics.Of(OpenWorkGauges.OpenIncidents));
        Assert.Contains(1, metrics.Of("pathway.incidents", ("code", IncidentPathway.MissingRuleSetCode)));
    }

    [Fact]
    public async Task ATimerFiredLate_RecordsHowLateInSeconds()
    {
        // given: Quartz (in memory) and a timer that was due three seconds ago
        using var metrics = new RecordedMetrics();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new PathwayRuntimeOptions())
            .AddSingleton(TimeProvider.System)
            .AddSingleton<Mediator.ISender>(new AnsweringSender())
            .AddSingleton<ITimerScheduler, QuartzTimerScheduler>()
            .AddQuartz()
            .BuildServiceProvider();
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        var key = new TimerKey(Guid.CreateVersion7(), "late-timer");

        // when
        await services.GetRequiredService<ITimerScheduler>().ScheduleAsync(key, DateTimeOffset.UtcNow.AddSeconds(-3), CancellationToken.None);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (!metrics.Of("pathway.timer.lag").Exists(Late) && DateTimeOffset.UtcNow < deadline)
            await Task.Delay(50);
        await scheduler.Shutdown(waitForJobsToComplete: true);

        // then: fired minus due, in seconds (other tests' timers fire on time)
        Assert.Contains(metrics.Of("pathway.timer.lag"), Late);
    }

    private static bool Late(double seconds) => seconds is >= 2.9 and < 10;

    /// <summary>Answers FireTimer with nothing changed, as for a timer already fired.</summary>
    private sealed class AnsweringSender : Mediator.ISender
    {
        public ValueTask<TResponse> Send<TResponse>(Mediator.ICommand<TResponse> command, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(default(TResponse)!);

        public ValueTask<TResponse> Send<TResponse>(Mediator.IRequest<TResponse> request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<TResponse> Send<TResponse>(Mediator.IQuery<TResponse> query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<object?> Send(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(Mediator.IStreamRequest<TResponse> request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(Mediator.IStreamQuery<TResponse> query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(Mediator.IStreamCommand<TResponse> command, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<object?> CreateStream(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
