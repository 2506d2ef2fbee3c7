using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Policy.Support;
using Pathway.Runtime;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.Policy.Running;

/// <summary>
/// A throwaway database holding exactly one version set, published: each scenario of a run
/// starts from a copy of it. Never the live database.
/// </summary>
public sealed class TemplateDatabase : IAsyncDisposable
{
    private TemplateDatabase(string path) => Path = path;

    public string Path { get; }

    /// <summary>The set's rule sets, loaded once for every scenario of the run.</summary>
    public DatabaseRuleSetSource RuleSets { get; } = new();

    public static async Task<TemplateDatabase> CreateAsync(VersionSet set, Action<IServiceCollection> addMediator, CancellationToken cancellationToken)
    {
        var template = new TemplateDatabase(ThrowawayFolder.NewDatabase("pathway-policy"));
        await using (var services = PathwayWorld.Build(template.Path, new ScenarioClock(PathwayWorld.Start), new PathwayRuntimeOptions(), addMediator))
        {
            await PathwayWorld.SeedAsync(services);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
            // A version never published (a roll-back's) has no id yet: give it one after the rest.
            var nextId = set.Definitions.Select(d => d.Id).DefaultIfEmpty().Max() + 1;
            db.Definitions.AddRange(set.Definitions.Select(d => new DefinitionRecord
            {
                Id = d.Id != 0 ? d.Id : nextId++, Kind = d.Kind, Key = d.Key, Locality = d.Locality, Version = d.Version, Status = DefinitionStatus.Published,
                Content = d.Content, ContentHash = d.ContentHash, CreatedAt = d.CreatedAt, CreatedBy = d.CreatedBy,
                PublishedAt = d.PublishedAt ?? d.CreatedAt, PublishedBy = d.PublishedBy ?? d.CreatedBy,
            }));
            await db.SaveChangesAsync(cancellationToken);
            await template.RuleSets.ReloadAsync(db, cancellationToken);
        }
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={template.Path};Pooling=False"));
        return template;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(Path + suffix);
            }
            catch (IOException)
            {
                // A temp file left behind is harmless.
            }
        }
        return ValueTask.CompletedTask;
    }
}
