using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Rules;

/// <summary>
/// Tries a rule set that is still only in the designer's browser on a sample referral, composed
/// with the published versions as the saved draft would be, without storing anything.
/// </summary>
public static class UnsavedRuleTrial
{
    /// <summary>The rule set as edited (a RulesEngine workflow) and the sample referral's case variables.</summary>
    public sealed record Trial(JsonElement RuleSet, Dictionary<string, JsonElement>? Referral);

    public static Results<Ok<RuleDecision>, ProblemHttpResult> Evaluate(string name, string? locality, Trial trial, IRuleSetSource source)
    {
        if (trial.RuleSet.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            return TypedResults.Problem("send the rule set as a RulesEngine workflow object under \"ruleSet\"", statusCode: StatusCodes.Status400BadRequest);
        var where = Localities.OrNational(locality);
        var json = trial.RuleSet.GetRawText();
        // Never cached (a new evaluator per trial), so the hash need only be stable for this call.
        var unsaved = new RuleSetVersion(name, where == Localities.National ? null : where, 0, json, "unsaved");
        var variables = (trial.Referral ?? []).ToDictionary(v => v.Key, v => CaseStateJson.ToPlain(v.Value), StringComparer.Ordinal);
        try
        {
            return TypedResults.Ok(new RuleSetEvaluator(new DraftOverlaySource(source, unsaved)).Evaluate(name, locality, variables));
        }
        catch (RuleSetException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["code"] = ex.Code, ["errors"] = ex.Errors });
        }
    }
}
