using Microsoft.AspNetCore.Authorization;
using Pathway.DesignerHost.Security;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Rules;

/// <summary>
/// A rule-set draft replayed over the past referrals of its locality (a national draft: every
/// locality) before it is published. Nothing is written. Example cases are listed only for
/// roles that may open people's records; commissioners see counts.
/// </summary>
public static class RuleImpact
{
    public static async Task<IResult> ReportAsync(
        string name, string? locality, int? days, string? format,
        PathwayDbContext db, IRuleSetSource published, DefinitionQueries definitions, IAuthorizationService authorization,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var where = Localities.OrNational(locality);
        var row = await definitions.FindAsync(DefinitionKind.RuleSet, name, where, DefinitionStatus.Draft, ct);
        if (row is null)
            return ProblemMapper.Refuse(ApiErrors.NoRuleSetDraft, $"rule set '{name}' has no draft for '{where}'");
        // A draft that does not load gives its load errors, never a partial report.
        if (RuleSetLoader.Validate(row.Content, name) is { Count: > 0 } errors)
            return ProblemMapper.Refuse(Pathway.Rules.Validation.RuleErrorCodes.InvalidRuleSet, $"the draft of '{name}' does not load", new Dictionary<string, object?> { ["errors"] = errors });
        var draft = new RuleSetVersion(row.Key, where == Localities.National ? null : where, row.Version, row.Content, row.ContentHash);
        return await ReplayAsync(where, days, format, new RuleSetEvaluator(new DraftOverlaySource(published, draft)), null, db, authorization, clock, http, ct);
    }

    /// <summary>The replay every draft's impact is answered with (a rule set's, a pathway's): the locality's past cases through the other version set.</summary>
    public static async Task<IResult> ReplayAsync(
        string where, int? days, string? format, IRuleSetEvaluator after, PathwayReplay? pathway,
        PathwayDbContext db, IAuthorizationService authorization, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var to = clock.GetUtcNow();
        var past = await PastCases.ReadAsync(db, where == Localities.National ? null : where, to.AddDays(-(days ?? 90)), to, ct);
        var report = ImpactAnalysis.Run(past, after, pathway: pathway, cancellationToken: ct);
        var seesPeople = (await authorization.AuthorizeAsync(http.User, Policies.CaseRead)).Succeeded;
        if (!seesPeople)
            report = report with { Transitions = [.. report.Transitions.Select(t => t with { Examples = [] })] };
        return format == "csv"
            ? TypedResults.Text(ImpactReportCsv.Write(report, seesPeople), "text/csv")
            : TypedResults.Ok(report);
    }
}
