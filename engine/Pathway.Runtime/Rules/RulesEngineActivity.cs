using Pathway.Rules.Evaluation;
using Pathway.Runtime.Activities;

namespace Pathway.Runtime.Rules;

/// <summary>
/// A business rule task: the published rule set decides, its outputs become case variables,
/// and the decision with its explanation goes to the journal. A rule set that cannot decide
/// stops the token as an incident, retryable once the rule set is fixed.
/// </summary>
public sealed class RulesEngineActivity(IRuleSetEvaluator evaluator) : IRuleSetActivity
{
    public ValueTask<ActivityOutcome> DecideAsync(ActivityRequest request, CancellationToken cancellationToken)
    {
        var ruleSet = request.Bookmark.Key!;
        try
        {
            var decision = evaluator.Evaluate(ruleSet, request.Locality, request.Variables);
            var explanation = new Dictionary<string, object?>
            {
                ["ruleSet"] = decision.RuleSetName,
                ["appliedFrom"] = decision.AppliedFrom,
                ["version"] = decision.Version,
                ["rule"] = decision.RuleName,
                ["description"] = decision.Description,
                ["inputs"] = decision.Inputs,
                ["outputs"] = decision.Outputs,
                ["facts"] = decision.Facts,
            };
            return ValueTask.FromResult(new ActivityOutcome(decision.Outputs, explanation));
        }
        catch (RuleSetException ex)
        {
            return ValueTask.FromResult(ActivityOutcome.Fail(ex.Code, ex.Message));
        }
    }
}
