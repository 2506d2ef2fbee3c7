using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Timers;
using Quartz;

namespace Pathway.Runtime.Tests.Timers;

public sealed class FireTimerJobTests
{
    [Fact]
    public async Task Execute_FireTimerFails_TriesAgainAfterTheRetryDelay()
    {
        // given: Quartz (in memory) whose first FireTimer fails, as a locked database would make it
        var sender = new FailingOnceSender();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new PathwayRuntimeOptions { TimerRetryDelay = TimeSpan.FromMilliseconds(200) })
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ISender>(sender)
            .AddSingleton<ITimerScheduler, QuartzTimerScheduler>()
            .AddQuartz()
            .BuildServiceProvider();
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        var key = new TimerKey(Guid.CreateVersion7(), "b1");

        // when
        await services.GetRequiredService<ITimerScheduler>().ScheduleAsync(key, DateTimeOffset.UtcNow, CancellationToken.None);

        // then: the failure did not end the timer; its retry fired it
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (sender.Sent < 2 && DateTimeOffset.UtcNow < deadline)
            await Task.Delay(50);
        await scheduler.Shutdown(waitForJobsToComplete: true);
        Assert.True(sender.Sent == 2, $"FireTimer should be sent once more after failing, but was sent {sender.Sent} times");
    }

    /// <summary>Fails the first FireTimer and accepts the rest; nothing else is expected.</summary>
    private sealed class FailingOnceSender : ISender
    {
        private int _sent;

        public int Sent => Volatile.Read(ref _sent);

        public ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default)
        {
            Assert.IsType<FireTimer>(command);
            if (Interlocked.Increment(ref _sent) == 1)
                throw new InvalidOperationException("database is locked");
            return ValueTask.FromResult(default(TResponse)!);
        }

        public ValueTask<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<object?> Send(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamRequest<TResponse> request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamQuery<TResponse> query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamCommand<TResponse> command, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<object?> CreateStream(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
