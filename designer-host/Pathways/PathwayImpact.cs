using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Rules;
using Pathway.Engine.Bpmn;
using Pathway.Engine.Model;
using Pathway.Rules.Evaluation;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pathways;

/// <summary>
/// A pathway draft replayed over the past referrals of its locality with the published rules, as
/// a rule-set draft is: each decision made by the draft's rule task at the same element, and where
/// the pathway then takes the case (the MDT or not, the escalation windows) compared. A draft that
/// does not load answers its load errors, never a partial report.
/// </summary>
public static class PathwayImpact
{
    public static async Task<IResult> ReportAsync(
        string key, string? locality, int? days, string? format,
        PathwayDbContext db, IRuleSetEvaluator published, PathwayModelCache models, DefinitionQueries definitions,
        IAuthorizationService authorization, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var where = Localities.OrNational(locality);
        var row = await definitions.FindAsync(DefinitionKind.Pathway, key, where, DefinitionStatus.Draft, ct);
        if (row is null)
            return ProblemMapper.Refuse(ApiErrors.NoPathwayDraft, $"pathway '{key}' has no draft for '{where}'");
        var draft = BpmnReader.Read(row.Content, $"{key} v{row.Version} ({where}, draft)");
        var versions = await db.Definitions.AsNoTracking()
            .Where(d => d.Kind == DefinitionKind.Pathway && d.Key == key && d.Status != DefinitionStatus.Draft)
            .Select(d => d.Id).ToListAsync(ct);
        var before = new Dictionary<long, PathwayModel>();
        foreach (var id in versions)
            before[id] = await models.GetAsync(id, ct);
        return await RuleImpact.ReplayAsync(where, days, format, published, new PathwayReplay(before, draft), db, authorization, clock, http, ct);
    }
}
