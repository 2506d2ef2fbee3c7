using Pathway.Measures;
using Pathway.Runtime;
using Pathway.Runtime.Seeding;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Operations;

/// <summary>
/// Migrates and seeds before the host serves. A database that cannot be reached yet gets a
/// clear message and another try every few seconds (each migration is its own transaction,
/// so a lost connection never leaves a half-migrated schema); hosts starting together on
/// PostgreSQL take turns under a database lock.
/// </summary>
public static class StartUp
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(3);

    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        var options = app.Services.GetRequiredService<PathwayRuntimeOptions>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Pathway.StartUp");
        while (true)
        {
            try
            {
                await using var turn = await DatabaseLocks.HoldSessionAsync(options.Provider, options.ConnectionString, DatabaseLocks.StartUp, stopping);
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().MigrateAndSeedAsync(stopping);
                await scope.ServiceProvider.MigrateMeasuresAsync(stopping);
                return;
            }
            catch (Exception ex) when (DatabaseOutage.Is(ex) && !stopping.IsCancellationRequested)
            {
                logger.LogError("{ErrorCode}: the {Provider} database cannot be reached ({Reason}); trying again in {Delay}",
                    OperationsErrors.DatabaseUnavailableAtStartUp, options.Provider, ex.GetBaseException().Message, RetryEvery);
                await Task.Delay(RetryEvery, stopping);
            }
        }
    }
}
