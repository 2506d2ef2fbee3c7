using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Bpmn;
using Pathway.Engine.Migration;
using Pathway.Engine.Model;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.InstanceMigration;

/// <summary>
/// The cases still running on a pathway, which stay on their version unless moved: how many on
/// which version, and a dry run of moving them to a draft or another version (which can move,
/// which cannot and why). Reads only; the move itself is <see cref="Commands.MigrateOpenCases"/>.
/// </summary>
public sealed class OpenCases(PathwayDbContext db, PathwayModelCache models, TimeProvider clock)
{
    /// <summary>Running cases of the pathway (in <paramref name="locality"/>, or everywhere when none or national is given) by the version they run on.</summary>
    public async Task<OpenCaseCounts> CountAsync(string key, string? locality, CancellationToken cancellationToken)
    {
        var versions = await Running(key, locality)
            .GroupBy(x => new { x.Definition.Version, x.Definition.Locality, x.Definition.Status })
            .Select(g => new OpenCasesOnVersion(g.Key.Version, g.Key.Locality, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);
        versions = [.. versions.OrderBy(v => v.Locality, StringComparer.Ordinal).ThenBy(v => v.Version)];
        return new OpenCaseCounts(key, Localities.OrNational(locality), versions.Sum(v => v.Cases), versions);
    }

    /// <summary>What moving every running case to the target would do, case by case; nothing is written. A draft that does not load throws its load errors.</summary>
    public async Task<MigrationDryRun> DryRunAsync(string key, string? locality, int? toVersion, CancellationToken cancellationToken)
    {
        var target = await CaseMigrationTarget.FindAsync(db, key, locality, toVersion, draftByDefault: true, cancellationToken);
        var to = target.Status == DefinitionStatus.Draft
            ? BpmnReader.Read(target.Content, $"{target.Key} v{target.Version} ({target.Locality}, draft)")
            : await models.GetAsync(target.Id, cancellationToken);
        var cases = await Running(key, locality)
            .Select(x => new { x.Case.Id, x.Case.Locality, x.Case.StateJson, x.Case.PathwayDefinitionId, x.Definition.Version })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var results = new List<CaseMigrationCheck>(cases.Count);
        foreach (var c in cases.OrderBy(c => c.Id))
        {
            var state = CaseStateJson.Deserialize(c.StateJson);
            var waitingAt = state.Tokens.Where(t => t.Status != TokenStatus.Ready).Select(t => t.NodeId).Distinct().ToList();
            IReadOnlyList<string> reasons;
            if (c.PathwayDefinitionId == target.Id)
                reasons = [];
            else if (CaseMigrationTarget.WrongLocality(c.Locality, target) is { } elsewhere)
                reasons = [elsewhere];
            else
                reasons = [.. CaseMigration.Plan(await models.GetAsync(c.PathwayDefinitionId, cancellationToken), to, state, now).Blockers.Select(b => b.Reason)];
            results.Add(new CaseMigrationCheck(c.Id, c.Locality, c.Version, waitingAt, c.PathwayDefinitionId == target.Id, reasons.Count == 0, reasons));
        }
        return new MigrationDryRun(key, new MigrationTargetView(target.Version, target.Locality, target.Status), results);
    }

    private IQueryable<RunningCase> Running(string key, string? locality)
    {
        var running = db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Running);
        if (Localities.OrNational(locality) is var where && where != Localities.National)
            running = running.Where(c => c.Locality == where);
        return running.Join(
            db.Definitions.AsNoTracking().Where(d => d.Kind == DefinitionKind.Pathway && d.Key == key),
            c => c.PathwayDefinitionId, d => d.Id, (c, d) => new RunningCase { Case = c, Definition = d });
    }

    private sealed class RunningCase
    {
        public required CaseRecord Case { get; init; }
        public required DefinitionRecord Definition { get; init; }
    }
}

public sealed record OpenCaseCounts(string Key, string Locality, int Cases, IReadOnlyList<OpenCasesOnVersion> Versions);

public sealed record OpenCasesOnVersion(int Version, string Locality, DefinitionStatus Status, int Cases);

public sealed record MigrationTargetView(int Version, string Locality, DefinitionStatus Status);

/// <summary>One open case in a dry run: where it waits, and whether it can move (with every reason it cannot).</summary>
public sealed record CaseMigrationCheck(Guid CaseId, string Locality, int Version, IReadOnlyList<string> WaitingAt, bool AlreadyThere, bool CanMove, IReadOnlyList<string> Reasons);

/// <summary>A dry run's result: each case, and the counts the page shows.</summary>
public sealed record MigrationDryRun(string Key, MigrationTargetView Target, IReadOnlyList<CaseMigrationCheck> Cases)
{
    public int CanMove => Cases.Count(c => c.CanMove && !c.AlreadyThere);

    public int CannotMove => Cases.Count(c => !c.CanMove);

    public int AlreadyThere => Cases.Count(c => c.AlreadyThere);

    /// <summary>Why cases cannot move, most common first.</summary>
    public IReadOnlyList<MigrationReasonCount> Reasons =>
        [.. Cases.SelectMany(c => c.Reasons).GroupBy(r => r, StringComparer.Ordinal).Select(g => new MigrationReasonCount(g.Key, g.Count())).OrderByDescending(r => r.Cases)];
}

public sealed record MigrationReasonCount(string Reason, int Cases);
