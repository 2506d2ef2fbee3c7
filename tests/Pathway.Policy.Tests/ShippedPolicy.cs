using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Policy.Running;
using Pathway.Policy.Support;
using Pathway.Runtime;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Definitions.Kinds;
using Pathway.Runtime.Storage;

namespace Pathway.Policy.Tests;

/// <summary>A database seeded from the repository's workflows/, rules/ and specs/, and a runner over it, as the host composes them.</summary>
public sealed class ShippedPolicy : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"pathway-policy-test-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    public static readonly PolicyComposition Composition = new(s => s.AddMediator(o => o.ServiceLifetime = ServiceLifetime.Scoped));

    public PolicyRunner Runner { get; } = new(new StepLibrary(), new SpecKindRules([]), Composition, TimeProvider.System);

    public static async Task<ShippedPolicy> CreateAsync()
    {
        var policy = new ShippedPolicy();
        policy._services = PathwayWorld.Build(policy._path, TimeProvider.System, new PathwayRuntimeOptions
        {
            WorkflowsPath = Repository.Combine("workflows"),
            RulesPath = Repository.Combine("rules"),
            SpecsPath = Repository.Combine("specs"),
        }, Composition.AddMediator);
        await PathwayWorld.SeedAsync(policy._services);
        return policy;
    }

    public async Task<VersionSet> PublishedSetAsync(string locality)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DefinitionQueries>().PublishedSetAsync(locality, CancellationToken.None);
    }

    /// <summary>A changed copy of a published definition, as a draft would be.</summary>
    public static DefinitionRecord Draft(VersionSet set, DefinitionKind kind, string key, string locality, Func<string, string> change)
    {
        var published = set.Definitions.Single(d => d.Kind == kind && d.Key == key && d.Locality == locality);
        var content = change(published.Content);
        Assert.NotEqual(published.Content, content);
        return new DefinitionRecord
        {
            Id = 0, Kind = kind, Key = key, Locality = locality, Version = published.Version + 1, Status = DefinitionStatus.Draft,
            Content = content, ContentHash = Engine.Definitions.ContentHash.Of(content), CreatedBy = "test",
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
