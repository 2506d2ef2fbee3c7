using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pathway.Measures.Storage;
using Pathway.Runtime;
using Pathway.Runtime.Storage;
using Quartz;

namespace Pathway.DesignerHost.Operations;

/// <summary>Ready to take commands: the database answers, every migration is applied, and the timer scheduler runs.</summary>
public sealed class ReadinessCheck(PathwayDbContext db, MeasuresDbContext measures, PathwayRuntimeOptions options, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy($"{OperationsErrors.DatabaseUnavailable}: the {options.Provider} database cannot be reached");
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken))
                .Concat(await measures.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
                return HealthCheckResult.Unhealthy($"migrations not applied: {string.Join(", ", pending)}");
        }
        catch (Exception ex) when (DatabaseOutage.Is(ex))
        {
            DatabaseOutage.DropPooledConnections();
            return HealthCheckResult.Unhealthy($"{OperationsErrors.DatabaseUnavailable}: the {options.Provider} database cannot be reached", ex);
        }
        if (options.UseQuartz)
        {
            var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
            if (scheduler.Status != SchedulerStatus.Running)
                return HealthCheckResult.Unhealthy($"the timer scheduler is not running ({scheduler.Status})");
            return HealthCheckResult.Healthy($"database {options.Provider}; scheduler node {scheduler.SchedulerInstanceId}");
        }
        return HealthCheckResult.Healthy($"database {options.Provider}; timers fired by hand (no scheduler)");
    }
}
