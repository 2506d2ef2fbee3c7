using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Engine.Bpmn;
using Pathway.Engine.Model;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Definitions;

/// <summary>
/// Read pathway models by definition id. A stored version never changes, so each is read
/// from its BPMN once per process and shared by every case on it.
/// </summary>
public sealed class PathwayModelCache(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<long, Lazy<Task<PathwayModel>>> _models = new();

    public Task<PathwayModel> GetAsync(long definitionId, CancellationToken cancellationToken) =>
        _models.GetOrAdd(definitionId, id => new Lazy<Task<PathwayModel>>(() => LoadAsync(id))).Value.WaitAsync(cancellationToken);

    private async Task<PathwayModel> LoadAsync(long definitionId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var definition = await db.Definitions.AsNoTracking().SingleAsync(d => d.Id == definitionId && d.Kind == DefinitionKind.Pathway);
        return BpmnReader.Read(definition.Content, $"{definition.Key} v{definition.Version} ({definition.Locality})");
    }
}
