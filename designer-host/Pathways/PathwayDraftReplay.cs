using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Impact;
using Pathway.Engine.Bpmn;
using Pathway.Engine.Model;
using Pathway.Rules.Evaluation;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pathways;

/// <summary>
/// A pathway draft over the published version set: the published rules, each decision made by the
/// draft's rule task at the same element, and where the pathway then takes the case (the MDT or
/// not, the escalation windows) compared with the version each case ran on.
/// </summary>
public sealed class PathwayDraftReplay(PathwayDbContext db, DefinitionQueries definitions, PathwayModelCache models, IRuleSetEvaluator published) : IDraftReplay
{
    public DefinitionKind Kind => DefinitionKind.Pathway;

    public async Task<DraftPreparation> PrepareAsync(string key, string locality, CancellationToken cancellationToken)
    {
        var row = await definitions.FindAsync(DefinitionKind.Pathway, key, locality, DefinitionStatus.Draft, cancellationToken);
        if (row is null)
            return DraftPreparation.Refused(ProblemMapper.Refuse(ApiErrors.NoPathwayDraft, $"pathway '{key}' has no draft for '{locality}'"));
        PathwayModel draft;
        try
        {
            draft = BpmnReader.Read(row.Content, $"{key} v{row.Version} ({locality}, draft)");
        }
        catch (BpmnValidationException e)
        {
            return DraftPreparation.Refused(ProblemMapper.Refuse(e.Errors.Count > 0 ? e.Errors[0].Code : BpmnErrors.MalformedXml, $"the draft of '{key}' does not load",
                new Dictionary<string, object?> { ["errors"] = e.Errors.Select(x => new { x.Code, x.ElementId, x.Line, x.Message }) }));
        }
        var versions = await db.Definitions.AsNoTracking()
            .Where(d => d.Kind == DefinitionKind.Pathway && d.Key == key && d.Status != DefinitionStatus.Draft)
            .Select(d => d.Id).ToListAsync(cancellationToken);
        var before = new Dictionary<long, PathwayModel>();
        foreach (var id in versions)
            before[id] = await models.GetAsync(id, cancellationToken);
        var pathway = new PathwayReplay(before, draft);
        var national = locality == Localities.National;
        return new DraftPreparation(new PreparedReplay(row, national ? null : locality,
            (cases, progress, ct) => ImpactAnalysis.Run(cases, published, progress, pathway, ct)), null);
    }
}
