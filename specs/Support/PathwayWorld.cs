using Pathway.Testing;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pathway.Cases;
using Pathway.Runtime;
using Pathway.Runtime.Seeding;
using Pathway.Runtime.Storage;

namespace Pathway.Specs.Support;

/// <summary>
/// One scenario's world: the real runtime over its own SQLite file, seeded from the shipped
/// workflows/ and rules/, with a fake clock the steps move. Created fresh per scenario by
/// SpecFlow's context injection and disposed with the scenario.
/// </summary>
public sealed class PathwayWorld : IAsyncDisposable, IDisposable
{
    /// <summary>A Wednesday in June, well clear of the UK clock changes.</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 10, 10, 0, 0, TimeSpan.Zero);

    private readonly string _databasePath = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pathway-spec-{Guid.NewGuid():N}.db");
    private ServiceProvider? _services;

    public FakeTimeProvider Clock { get; } = new(Start);

    public async Task<IServiceProvider> ServicesAsync()
    {
        if (_services is not null)
            return _services;
        File.Copy(await SeededDatabase.PathAsync(), _databasePath);
        _services = Build(_databasePath, Clock);
        // Seeding again is a no-op on the copy; it proves the copy is a database the runtime accepts.
        await SeedAsync(_services);
        return _services;
    }

    /// <summary>The runtime as the host composes it, over the given SQLite file and clock.</summary>
    internal static ServiceProvider Build(string databasePath, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPathwayRuntime(new PathwayRuntimeOptions
        {
            // No pooling, so the file can be deleted when the scenario ends.
            ConnectionString = $"Data Source={databasePath};Pooling=False",
            UseQuartz = false,
            WorkflowsPath = Repository.Combine("workflows"),
            RulesPath = Repository.Combine("rules"),
        });
        services.AddPathwayCasework();
        services.AddMediator(o => o.ServiceLifetime = ServiceLifetime.Scoped);
        // Registered after the runtime so the fake clock wins over the system one.
        services.AddSingleton(clock);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    internal static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().MigrateAndSeedAsync(CancellationToken.None);
    }

    /// <summary>Sends a command as the host does: one scope per request.</summary>
    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        var services = await ServicesAsync();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    /// <summary>Reads the database to check what the engine did; never to change it.</summary>
    public async Task<T> ReadAsync<T>(Func<PathwayDbContext, Task<T>> query)
    {
        var services = await ServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync();
        _services = null;
        DeleteDatabase();
    }

    /// <summary>SpecFlow's container disposes synchronously; the runtime has async-only services, so wait for them here.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(_databasePath + suffix);
            }
            catch (IOException)
            {
                // A temp file left behind is harmless; failing the scenario over it is not.
            }
        }
    }
}
