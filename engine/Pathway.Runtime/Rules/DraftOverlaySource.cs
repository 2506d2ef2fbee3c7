using Pathway.Rules.Loading;
using Pathway.Runtime.Definitions;

namespace Pathway.Runtime.Rules;

/// <summary>The published rule sets with one draft in place of its published version: the bench tries a draft without publishing it.</summary>
public sealed class DraftOverlaySource(IRuleSetSource published, RuleSetVersion draft) : IRuleSetSource
{
    public RuleSetVersion? FindPublished(string name, string? locality) =>
        name == draft.Name && (locality ?? Localities.National) == (draft.Locality ?? Localities.National)
            ? draft
            : published.FindPublished(name, locality);
}
