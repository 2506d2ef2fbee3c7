using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pathway.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Outbox;
using Pathway.Runtime.Seeding;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests;

/// <summary>
/// The real runtime over a fresh database (SQLite, or PostgreSQL when the run asks for it), seeded with the shipped pathway and rules, on a
/// fake clock. Timers fire when a test advances the clock and asks for due timers.
/// </summary>
public sealed class TestEngine : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pathway-runtime-").FullName;
    private readonly ScratchDatabase _database;
    private readonly ServiceProvider _services;

    public static readonly Actor Clinician = new("clin-1", "Sam Physio (synthetic)", ["community-physiotherapist", "crisis-response-nurse", "mdt"], ["north"]);
    public static readonly Actor Coordinator = new("coord-1", "Alex Coordinator (synthetic)", ["coordinator"], ["north"]);

    private TestEngine(Action<IServiceCollection>? configure, bool quartz)
    {
        _database = ScratchDatabase.Create(Path.Combine(_folder, "pathway.db"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPathwayRuntime(new PathwayRuntimeOptions
        {
            Provider = _database.Provider,
            ConnectionString = _database.ConnectionString,
            UseQuartz = quartz,
            WorkflowsPath = Repository.Combine("workflows"),
            RulesPath = Repository.Combine("rules"),
        });
        services.AddSingleton<TimeProvider>(Clock);
        services.AddMediator(o => o.ServiceLifetime = ServiceLifetime.Scoped);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    /// <summary>Monday 2 March 2026, 10:00 UTC (10:00 in the UK).</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// Starts the engine; <paramref name="configure"/> adds a test's own services (a publish gate that waits, say).
    /// With <paramref name="quartz"/>, Quartz's store is configured as in the host (its scheduler not started) for
    /// tests of the timers' hand-over; otherwise timers fire only through <see cref="PassAsync"/>.
    /// </summary>
    public static async Task<TestEngine> StartAsync(Action<IServiceCollection>? configure = null, bool quartz = false)
    {
        var engine = new TestEngine(configure, quartz);
        await using var scope = engine._services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().MigrateAndSeedAsync(CancellationToken.None);
        return engine;
    }

    /// <summary>The engine's services, for a test that reads one directly (the gauges, Quartz's scheduler).</summary>
    public IServiceProvider Services => _services;

    public async Task<T> SendAsync<T>(ICommand<T> command)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    public async Task<T> QueryAsync<T>(Func<PathwayDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PathwayDbContext>());
    }

    public Task<List<WorkTaskRecord>> OpenTasksAsync(Guid caseId) => QueryAsync(db => db.WorkTasks.AsNoTracking()
        .Where(t => t.CaseId == caseId && (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress))
        .OrderBy(t => t.Id).ToListAsync());

    public Task<List<JournalRecord>> JournalAsync(Guid caseId) =>
        QueryAsync(db => db.Journal.AsNoTracking().Where(j => j.CaseId == caseId).OrderBy(j => j.Sequence).ToListAsync());

    /// <summary>Moves the clock on and fires whatever came due, as Quartz would.</summary>
    public async Task PassAsync(TimeSpan time)
    {
        Clock.Advance(time);
        await SendAsync(new FireDueTimers());
    }

    /// <summary>The outbox dispatcher this engine runs after each commit (its hosted loop is not started here).</summary>
    public OutboxDispatcher Outbox => _services.GetRequiredService<OutboxDispatcher>();

    /// <summary>A second dispatcher on the same database, as another host (or this one after a restart) would run.</summary>
    public OutboxDispatcher AnotherDispatcher() => ActivatorUtilities.CreateInstance<OutboxDispatcher>(_services);

    /// <summary>Delivers the outbox until it is empty (fanned-out rows take a second pass), as the dispatcher does after commits.</summary>
    public async Task DeliverOutboxAsync(OutboxDispatcher? dispatcher = null)
    {
        for (var pass = 0; pass < 20 && await (dispatcher ?? Outbox).DeliverBatchAsync(CancellationToken.None) > 0; pass++)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

}
