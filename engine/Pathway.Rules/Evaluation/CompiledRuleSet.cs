using Pathway.Rules.Facts;
using Pathway.Rules.Loading;
using Pathway.Rules.Validation;
using RulesEngine.Models;

namespace Pathway.Rules.Evaluation;

/// <summary>
/// A rule set ready to decide: national and locality rules composed into one RulesEngine
/// workflow, compiled once. Order decides: national red flags first (a locality cannot
/// override an emergency exclusion), then the locality's rules, then the rest of the national
/// rules; the first rule that fires decides.
/// </summary>
internal sealed class CompiledRuleSet
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly string _workflowName;
    private readonly (LoadedRule Rule, LoadedRuleSet From)[] _order;

    public CompiledRuleSet(string name, LoadedRuleSet? national, LoadedRuleSet? locality)
    {
        _workflowName = name;
        var nationalRules = national?.Rules.Select(r => (r, national)).ToList() ?? [];
        _order = [
            .. nationalRules.Where(x => x.r.RedFlag),
            .. locality?.Rules.Select(r => (r, locality)) ?? [],
            .. nationalRules.Where(x => !x.r.RedFlag),
        ];
        CheckSameOutputs(name);

        // Rules are renamed by position: a locality may reuse a national rule's name, and the
        // position is how a result maps back to its rule.
        var workflow = new Workflow
        {
            WorkflowName = name,
            Rules = _order.Select((x, i) => new Rule { RuleName = $"{i}", Expression = x.Rule.Expression }).ToList(),
        };
        _engine = new RulesEngine.RulesEngine([workflow], EngineSettings.Create());
        // RulesEngine compiles on first execution: do it now, once per version, not on a case.
        Execute(new CaseFacts());
    }

    public RuleDecision Decide(CaseFacts facts)
    {
        var results = Execute(facts);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                // A rule that could not be evaluated might have fired: deciding by a later rule would be unsafe.
                throw new RuleSetException(RuleErrorCodes.RuleFailedAtRunTime,
                    $"rule '{_order[i].Rule.Name}' of '{_workflowName}' ({_order[i].From.Origin}) failed: {result.ExceptionMessage}");
            }
            if (result.IsSuccess)
                return ToDecision(_order[i].Rule, _order[i].From, facts);
        }
        throw new RuleSetException(RuleErrorCodes.NoRuleFired,
            $"no rule of '{_workflowName}' fired for this case; add a rule covering it (or a final catch-all) or correct the case variables.");
    }

    private List<RuleResultTree> Execute(CaseFacts facts)
    {
        // With no actions RulesEngine completes synchronously, so this never blocks a thread.
        var pending = _engine.ExecuteAllRulesAsync(_workflowName, new RuleParameter(FactReferences.ParameterName, facts));
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    private RuleDecision ToDecision(LoadedRule rule, LoadedRuleSet from, CaseFacts facts)
    {
        var inputs = new Dictionary<string, object?>(rule.Reads.Count, StringComparer.Ordinal);
        foreach (var member in rule.Reads)
            inputs[member.Name] = member.Get(facts);
        var known = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var member in CaseFactsSchema.Members)
        {
            if (member.Get(facts) is { } value)
                known[member.Name] = value;
        }
        return new(_workflowName, from.Origin, from.Version.Version, rule.Name, rule.Description, inputs, rule.Outputs, known);
    }

    private void CheckSameOutputs(string name)
    {
        var expected = _order[0].Rule.Outputs.Keys.Order(StringComparer.Ordinal).ToArray();
        foreach (var (rule, from) in _order)
        {
            if (!rule.Outputs.Keys.Order(StringComparer.Ordinal).SequenceEqual(expected))
                throw new RuleSetException(RuleErrorCodes.InvalidRuleSet,
                    $"rule '{rule.Name}' ({from.Origin}) of '{name}' sets {string.Join(", ", rule.Outputs.Keys)} but the rule set's outputs are {string.Join(", ", expected)}; a locality must set the same case variables as national.");
        }
    }
}
