using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pathway.Runtime.Telemetry;

/// <summary>Counts open cases and incidents for the gauges every <see cref="PathwayRuntimeOptions.OpenWorkCountEvery"/>.</summary>
public sealed class OpenWorkCounter(OpenWorkGauges gauges, PathwayRuntimeOptions options, TimeProvider clock, ILogger<OpenWorkCounter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var every = new PeriodicTimer(options.OpenWorkCountEvery, clock);
        do
        {
            try
            {
                await gauges.CountAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A lost database is reported by /health/ready and the commands; the gauges keep their last count.
                logger.LogWarning("Open cases and incidents could not be counted: {Reason}", ex.GetBaseException().Message);
            }
        }
        while (await every.WaitForNextTickAsync(stoppingToken));
    }
}
