using System.Collections.Concurrent;
using Pathway.Rules.Facts;
using Pathway.Rules.Loading;
using Pathway.Rules.Validation;

namespace Pathway.Rules.Evaluation;

/// <summary>
/// Evaluates rule sets published by an <see cref="IRuleSetSource"/>. The locality's version (if
/// any) is composed with the national one (see <see cref="CompiledRuleSet"/>) and compiled once
/// per pair of versions; publishing a new version changes the key, so the next call compiles it.
/// </summary>
public sealed class RuleSetEvaluator(IRuleSetSource source) : IRuleSetEvaluator
{
    private readonly ConcurrentDictionary<CacheKey, Lazy<CompiledRuleSet>> _compiled = new();

    /// <summary>How many (rule set, locality, versions) have been compiled: for tests of compile-once.</summary>
    internal int CompiledCount => _compiled.Count;

    public RuleDecision Evaluate(string ruleSet, string? locality, IReadOnlyDictionary<string, object?> variables) =>
        Compiled(ruleSet, locality).Decide(CaseFactsMapper.Map(variables));

    private CompiledRuleSet Compiled(string ruleSet, string? locality)
    {
        var national = source.FindPublished(ruleSet, null);
        var local = string.IsNullOrEmpty(locality) ? null : source.FindPublished(ruleSet, locality);
        if (national is null && local is null)
            throw new RuleSetException(RuleErrorCodes.RuleSetNotFound,
                $"no published rule set '{ruleSet}' (national or for locality '{locality}'); check the rule task's rule set name or publish it.");

        var key = new CacheKey(ruleSet, locality, national?.ContentHash, local?.ContentHash);
        var lazy = _compiled.GetOrAdd(key, _ => new Lazy<CompiledRuleSet>(() => new CompiledRuleSet(
            ruleSet,
            national is null ? null : RuleSetLoader.Load(national),
            local is null ? null : RuleSetLoader.Load(local))));
        try
        {
            return lazy.Value;
        }
        catch (RuleSetException)
        {
            // An invalid version is not cached, so every call reports it rather than a stale failure.
            _compiled.TryRemove(key, out _);
            throw;
        }
    }

    private readonly record struct CacheKey(string Name, string? Locality, string? NationalHash, string? LocalityHash);
}
