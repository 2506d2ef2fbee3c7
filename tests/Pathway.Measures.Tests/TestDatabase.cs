using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pathway.Measures.Projection;
using Pathway.Measures.Queries;
using Pathway.Measures.Storage;
using Pathway.Runtime.Storage;

namespace Pathway.Measures.Tests;

/// <summary>A throwaway database (SQLite file, or PostgreSQL when the run asks for it) with the engine's and the measures' tables, and hand-built journals.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"pathway-measures-{Guid.NewGuid():N}.db");
    private readonly ScratchDatabase _database;

    public TestDatabase()
    {
        _database = ScratchDatabase.Create(_path, pooling: false);
        using var engine = Engine();
        engine.Database.Migrate();
        using var measures = Measures();
        measures.Database.Migrate();
    }

    public string ConnectionString => _database.ConnectionString;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

    public PathwayDbContext Engine() =>
        new(_database.Options<PathwayDbContext>());

    public MeasuresDbContext Measures()
    {
        var builder = new DbContextOptionsBuilder<MeasuresDbContext>();
        MeasuresDbContext.Configure(builder, ConnectionString, _database.Provider);
        return new MeasuresDbContext(builder.Options);
    }

    public CaseJournal Case(DateTimeOffset startedAt, string need = "fall", string source = "gp", string team = "north-team", string locality = "national",
        DateTimeOffset? referredAt = null) =>
        new(this, startedAt, need, source, team, locality, referredAt);

    public async Task<long> ProjectAsync()
    {
        await using var engine = Engine();
        await using var measures = Measures();
        return await new MeasuresProjection(engine, measures, Clock).RunAsync(CancellationToken.None, batchSize: 7);
    }

    public async Task<Dashboard> DashboardAsync(MeasureFilter? filter = null)
    {
        await ProjectAsync();
        await using var engine = Engine();
        await using var measures = Measures();
        return await new MeasuresQuery(measures, engine, Clock).GetAsync(filter ?? new MeasureFilter(), CancellationToken.None);
    }

    public async Task<List<CaseMeasureRecord>> RowsAsync()
    {
        await using var measures = Measures();
        return await measures.Cases.AsNoTracking().OrderBy(c => c.CaseId).ToListAsync();
    }

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
        return ValueTask.CompletedTask;
    }
}
