using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Cases;
using Pathway.Runtime;
using Pathway.Runtime.Seeding;
using Pathway.Runtime.Storage;

namespace Pathway.Policy.Support;

/// <summary>
/// One scenario's world: the real runtime over its own throwaway SQLite file, copied from a
/// template database that holds the definitions under test, with a clock the steps move.
/// Created fresh per scenario (by SpecFlow's context injection in CI, by the policy runner in
/// the host) and disposed with the scenario; it never touches live cases.
/// </summary>
public sealed class PathwayWorld : IAsyncDisposable, IDisposable
{
    /// <summary>A Wednesday in June, well clear of the UK clock changes.</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 10, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Where CI's template comes from when no runner set one: the specs project registers the shipped files.</summary>
    public static Func<Task<string>>? DefaultTemplate { get; set; }

    /// <summary>Mediator's registration is generated in the composing project (the specs or the host), so that project hands it in.</summary>
    public static Action<IServiceCollection>? DefaultMediator { get; set; }

    private readonly string _databasePath = ThrowawayFolder.NewDatabase("pathway-spec");
    private ServiceProvider? _services;

    /// <summary>The migrated, seeded database each scenario starts from a copy of.</summary>
    public Func<Task<string>>? Template { get; init; }

    public Action<IServiceCollection>? Mediator { get; init; }

    /// <summary>Services shared by every scenario of a run (the rule sets, compiled once), registered over the runtime's own.</summary>
    public Action<IServiceCollection>? Shared { get; init; }

    public ScenarioClock Clock { get; } = new(Start);

    /// <summary>The locality the run checks: national, or one with no policy of its own, which the national specs then check.</summary>
    public string Locality { get; init; } = Runtime.Definitions.Localities.National;

    public async Task<IServiceProvider> ServicesAsync()
    {
        if (_services is not null)
            return _services;
        var template = Template ?? DefaultTemplate ?? throw new InvalidOperationException("no template database: the runner or the specs project sets one");
        File.Copy(await template(), _databasePath);
        _services = Build(_databasePath, Clock, new PathwayRuntimeOptions(), Mediator ?? DefaultMediator, Shared);
        // A run's shared rule sets are loaded already; otherwise migrating again (a no-op on the copy) loads them.
        if (Shared is null)
            await SeedAsync(_services);
        return _services;
    }

    /// <summary>The runtime as the host composes it, over the given SQLite file and clock.</summary>
    public static ServiceProvider Build(string databasePath, TimeProvider clock, PathwayRuntimeOptions options, Action<IServiceCollection>? addMediator, Action<IServiceCollection>? shared = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // No pooling, so the file can be deleted when the scenario ends.
        options.ConnectionString = $"Data Source={databasePath};Pooling=False";
        options.UseQuartz = false;
        services.AddPathwayRuntime(options);
        services.AddPathwayCasework();
        (addMediator ?? throw new InvalidOperationException("no Mediator registration: the composing project hands in its AddMediator"))(services);
        // Registered after the runtime so the scenario's clock wins over the system one.
        services.AddSingleton(clock);
        shared?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static async Task SeedAsync(IServiceProvider services)
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
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={_databasePath}"));
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
