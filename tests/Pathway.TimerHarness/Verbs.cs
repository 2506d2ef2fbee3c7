using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Timers;

namespace Pathway.TimerHarness;

internal static class Verbs
{
    /// <summary>Starts cases without running the host, so their timers wait in the outbox (or, with --dispatch, in Quartz).</summary>
    public static async Task<int> StartCasesAsync(string database, HarnessOptions options)
    {
        using var host = await HarnessHost.BuildAsync(database, options);
        await StartCasesAsync(host, options.Count);
        if (options.Dispatch)
        {
            var dispatcher = host.Services.GetServices<IHostedService>().OfType<TimerDispatcher>().Single();
            while (await dispatcher.DispatchBatchAsync(CancellationToken.None) > 0)
            {
            }
        }
        return 0;
    }

    /// <summary>Runs the host so timers are reconciled, dispatched and fired; a "stop" line on stdin ends it early.</summary>
    public static async Task<int> RunAsync(string database, HarnessOptions options)
    {
        using var host = await HarnessHost.BuildAsync(database, options);
        await host.StartAsync();
        Console.WriteLine("running");
        await StartCasesAsync(host, options.Cases);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        _ = Task.Run(async () =>
        {
            // End of input (no stdin) just stops listening; only an explicit "stop" ends the run.
            while (await Console.In.ReadLineAsync() is { } line)
            {
                if (line.Trim() == "stop")
                {
                    await stop.CancelAsync();
                    return;
                }
            }
        });
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        await host.StopAsync();
        return 0;
    }

    private static async Task StartCasesAsync(IHost host, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        for (var i = 0; i < count; i++)
        {
            var outcome = await mediator.Send(new StartCase(TimerPathway.Key, TimerPathway.Locality, new Dictionary<string, object?>(), Actor.System));
            Console.WriteLine(outcome.CaseId);
        }
    }
}
