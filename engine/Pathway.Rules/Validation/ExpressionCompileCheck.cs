using Pathway.Rules.Evaluation;
using RulesEngine.Models;

namespace Pathway.Rules.Validation;

/// <summary>
/// Compiles every expression through RulesEngine itself, with probe inputs of the right types,
/// so validation and evaluation can never disagree. RulesEngine does not throw on an expression
/// that fails to parse: the rule just reports it, so the check reads those reports.
/// </summary>
public static class ExpressionCompileCheck
{
    private static readonly string[] CompileFailurePrefixes = ["Exception while parsing expression", "Error while compiling rule"];

    public static void Run(Workflow workflow, RuleParameter[] probe, List<RuleSetError> errors)
    {
        List<RuleResultTree> results;
        try
        {
            var engine = new RulesEngine.RulesEngine([workflow], EngineSettings.Create());
            results = engine.ExecuteAllRulesAsync(workflow.WorkflowName, probe).AsTask().GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            errors.Add(new(RuleErrorCodes.ExpressionDoesNotCompile, workflow.WorkflowName, null, null,
                $"RulesEngine refused the workflow: {e.Message}"));
            return;
        }
        Collect(results, workflow.WorkflowName, errors);
    }

    private static void Collect(IEnumerable<RuleResultTree> results, string workflow, List<RuleSetError> errors)
    {
        foreach (var result in results)
        {
            var message = result.ExceptionMessage;
            if (!string.IsNullOrEmpty(message) && CompileFailurePrefixes.Any(p => message.StartsWith(p, StringComparison.Ordinal)))
                errors.Add(new(RuleErrorCodes.ExpressionDoesNotCompile, workflow, result.Rule.RuleName, result.Rule.Expression,
                    $"the expression does not compile: {Reason(message)}. Check member names, quotes and operators."));
            if (result.ChildResults is not null)
                Collect(result.ChildResults, workflow, errors);
        }
    }

    // RulesEngine repeats the expression before " - "; the reason after it is what the author needs.
    private static string Reason(string message)
    {
        var dash = message.IndexOf("` - ", StringComparison.Ordinal);
        return dash < 0 ? message : message[(dash + 4)..];
    }
}
