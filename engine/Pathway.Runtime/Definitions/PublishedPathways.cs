using System.Collections.Concurrent;

namespace Pathway.Runtime.Definitions;

/// <summary>
/// Which pathway version is published for a (pathway, locality): asked for by every new case,
/// so kept in memory. A publish in this process takes effect at once; one made by another
/// process sharing the database, within <see cref="Freshness"/>.
/// </summary>
public sealed class PublishedPathways(TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<(string Key, string Locality), (long? DefinitionId, DateTimeOffset ReadAt)> _published = new();

    public bool TryGet(string key, string locality, out long? definitionId)
    {
        definitionId = null;
        if (!_published.TryGetValue((key, locality), out var entry) || clock.GetUtcNow() - entry.ReadAt > Freshness)
            return false;
        definitionId = entry.DefinitionId;
        return true;
    }

    public void Remember(string key, string locality, long? definitionId) => _published[(key, locality)] = (definitionId, clock.GetUtcNow());

    public void Forget(string key) => _published.Keys.Where(k => k.Key == key).ToList().ForEach(k => _published.TryRemove(k, out _));
}
