using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Pathway.Rules.Loading;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Rules;

/// <summary>
/// The published rule-set versions, held in memory so a rule task never waits on the
/// database; reloaded whenever a version is published.
/// </summary>
public sealed class DatabaseRuleSetSource : IRuleSetSource
{
    private FrozenDictionary<(string Name, string Locality), RuleSetVersion> _published =
        FrozenDictionary<(string, string), RuleSetVersion>.Empty;

    public RuleSetVersion? FindPublished(string name, string? locality) =>
        _published.GetValueOrDefault((name, locality ?? Localities.National));

    public async Task ReloadAsync(PathwayDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Definitions.AsNoTracking().Where(r => r.Kind == DefinitionKind.RuleSet && r.Status == DefinitionStatus.Published).ToListAsync(cancellationToken);
        _published = rows
            .GroupBy(r => (r.Key, r.Locality))
            .Select(g => g.MaxBy(r => r.Version)!)
            .ToFrozenDictionary(
                r => (r.Key, r.Locality),
                r => new RuleSetVersion(r.Key, r.Locality == Localities.National ? null : r.Locality, r.Version, r.Content, r.ContentHash));
    }
}
