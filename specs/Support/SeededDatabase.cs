using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Pathway.Specs.Support;

/// <summary>
/// One database per run, migrated and seeded from the shipped workflows/ and rules/ exactly
/// as the host seeds a fresh install; each scenario starts from its own copy of the file,
/// which is much quicker than migrating a hundred times.
/// </summary>
public static class SeededDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _path;

    public static async Task<string> PathAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_path is not null)
                return _path;
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pathway-spec-seed-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
            await using (var services = PathwayWorld.Build(path, new FakeTimeProvider(PathwayWorld.Start)))
                await PathwayWorld.SeedAsync(services);
            SqliteConnection.ClearAllPools();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
            return _path = path;
        }
        finally
        {
            Gate.Release();
        }
    }
}
