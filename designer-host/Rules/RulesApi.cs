using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Security;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Rules;

/// <summary>The rules bench: evaluates a sample referral without making a case (versions, drafts and publishing are the definitions API).</summary>
public static class RulesApi
{
    public static void MapRulesApi(this IEndpointRouteBuilder app)
    {
        var rules = app.MapGroup("/api/rules").WithTags("Rules").RequireAuthorization(Policies.PathwayRead);
        rules.MapPost("/{name}/evaluate", EvaluateAsync).RequireAuthorization(Policies.PathwayDesign)
            .WithSummary("Evaluate a sample referral: the decision with the rule that fired, the inputs it read and the outputs; draft=true tries the draft");
        rules.MapPost("/{name}/evaluate/unsaved", UnsavedRuleTrial.Evaluate).RequireAuthorization(Policies.PathwayDesign)
            .WithSummary("Evaluate a sample referral against a rule set sent in the body ({ruleSet, referral}) before it is saved");
    }

    private static async Task<Results<Ok<RuleDecision>, ProblemHttpResult>> EvaluateAsync(
        string name, string? locality, bool? draft, Dictionary<string, JsonElement> referral,
        IRuleSetEvaluator published, IRuleSetSource source, DefinitionQueries definitions, CancellationToken ct)
    {
        var variables = referral.ToDictionary(v => v.Key, v => CaseStateJson.ToPlain(v.Value), StringComparer.Ordinal);
        var evaluator = published;
        if (draft == true)
        {
            var where = Localities.OrNational(locality);
            var row = await definitions.FindAsync(DefinitionKind.RuleSet, name, where, DefinitionStatus.Draft, ct);
            if (row is null)
                return ProblemMapper.Refuse(ApiErrors.NoRuleSetDraft, $"rule set '{name}' has no draft for '{where}'");
            var version = new RuleSetVersion(row.Key, where == Localities.National ? null : where, row.Version, row.Content, row.ContentHash);
            evaluator = new RuleSetEvaluator(new DraftOverlaySource(source, version));
        }
        try
        {
            return TypedResults.Ok(evaluator.Evaluate(name, locality, variables));
        }
        catch (RuleSetException ex)
        {
            return ProblemMapper.Refuse(ex.Code, ex.Message, new Dictionary<string, object?> { ["errors"] = ex.Errors });
        }
    }
}
