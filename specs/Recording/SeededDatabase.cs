using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Policy.Support;
using Pathway.Runtime;
using Pathway.Testing;
using TechTalk.SpecFlow;

namespace Pathway.Specs.Recording;

/// <summary>
/// CI's template: one database per run, migrated and seeded from the shipped workflows/,
/// rules/ and specs/ exactly as the host seeds a fresh install; each scenario starts from its
/// own copy of the file.
/// </summary>
[Binding]
public sealed class SeededDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _path;

    [BeforeTestRun]
    public static void UseTheShippedFiles()
    {
        PathwayWorld.DefaultTemplate = PathAsync;
        PathwayWorld.DefaultMediator = AddMediator;
    }

    private static void AddMediator(IServiceCollection services) => services.AddMediator(o => o.ServiceLifetime = ServiceLifetime.Scoped);

    public static async Task<string> PathAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_path is not null)
                return _path;
            var path = Path.Combine(Path.GetTempPath(), $"pathway-spec-seed-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
            await using (var services = PathwayWorld.Build(path, new ScenarioClock(PathwayWorld.Start), new PathwayRuntimeOptions
            {
                WorkflowsPath = Repository.Combine("workflows"),
                RulesPath = Repository.Combine("rules"),
                SpecsPath = Repository.Combine("specs"),
            }, AddMediator))
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
