using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Definitions;
using Pathway.Runtime.Definitions.Kinds;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Definitions;

/// <summary>
/// Versions of every kind of definition: the draft being edited (saved with its problems),
/// the one published per locality, and those it replaced. Publishing checks the content, asks
/// the publish gate, and supersedes the old version in one save; roll-back publishes an earlier
/// version's content as a new version. A locality without its own version runs the national one.
/// </summary>
public sealed class DefinitionStore(PathwayDbContext db, DefinitionKinds kinds, IEnumerable<IPublishGate> gates, TimeProvider clock)
{
    /// <summary>Stores a draft with whatever problems it has; unchanged content changes nothing. Only content that does not parse is refused.</summary>
    public async Task<SavedDraft> SaveDraftAsync(DefinitionKind kind, string key, string locality, string content, string actor, CancellationToken cancellationToken)
    {
        var problems = kinds[kind].Check(key, content);
        var hash = ContentHash.Of(content);
        var draft = await Versions(kind, key, locality).AsTracking().SingleOrDefaultAsync(d => d.Status == DefinitionStatus.Draft, cancellationToken);
        if (draft is null)
        {
            draft = new DefinitionRecord
            {
                Kind = kind, Key = key, Locality = locality, Version = await NextVersionAsync(kind, key, locality, cancellationToken),
                Status = DefinitionStatus.Draft, Content = content, ContentHash = "",
            };
            db.Definitions.Add(draft);
        }
        if (draft.ContentHash != hash)
        {
            draft.Content = content;
            draft.ContentHash = hash;
            draft.ProblemsJson = DefinitionProblem.ToJson(problems);
            draft.CreatedAt = clock.GetUtcNow();
            draft.CreatedBy = actor;
            draft.Revision++;
            await SaveOrConflictAsync(kind, key, locality, cancellationToken);
        }
        return new SavedDraft(draft, problems);
    }

    /// <summary>Publishes the locality's draft: refused while it has problems or fails policy (unless overridden with a reason).</summary>
    public async Task<DefinitionRecord> PublishAsync(DefinitionKind kind, string key, string locality, PublishRequest request, CancellationToken cancellationToken)
    {
        var draft = await Versions(kind, key, locality).AsTracking().SingleOrDefaultAsync(d => d.Status == DefinitionStatus.Draft, cancellationToken);
        if (draft is null)
        {
            // The draft this designer saw has gone: someone published it first.
            if (request.ExpectedVersion is { } seen && await Versions(kind, key, locality).AnyAsync(d => d.Version >= seen && d.Status != DefinitionStatus.Draft, cancellationToken))
                throw await ConflictAsync(kind, key, locality, $"the draft version {seen} you are publishing has been published already", cancellationToken);
            throw new DefinitionNotFoundException($"{Words(kind)} '{key}' has no draft for locality '{locality}' to publish");
        }
        if (request.ExpectedVersion is { } expected && expected != draft.Version)
            throw await ConflictAsync(kind, key, locality, $"the draft you are publishing is version {expected}, but the draft is now version {draft.Version}", cancellationToken);
        return await PublishVersionAsync(draft, request, cancellationToken);
    }

    /// <summary>Publishes an earlier version's content again, as a new version, through the same checks and gate.</summary>
    public async Task<DefinitionRecord> RollBackAsync(DefinitionKind kind, string key, string locality, int toVersion, PublishRequest request, CancellationToken cancellationToken)
    {
        var earlier = await Versions(kind, key, locality).SingleOrDefaultAsync(d => d.Version == toVersion, cancellationToken)
            ?? throw new DefinitionNotFoundException($"{Words(kind)} '{key}' has no version {toVersion} for locality '{locality}'");
        var again = new DefinitionRecord
        {
            Kind = kind, Key = key, Locality = locality, Version = await NextVersionAsync(kind, key, locality, cancellationToken),
            Status = DefinitionStatus.Draft, Content = earlier.Content, ContentHash = earlier.ContentHash,
            CreatedAt = clock.GetUtcNow(), CreatedBy = request.Actor,
        };
        return await PublishVersionAsync(again, request, cancellationToken);
    }

    private async Task<DefinitionRecord> PublishVersionAsync(DefinitionRecord candidate, PublishRequest request, CancellationToken cancellationToken)
    {
        var (kind, key, locality) = (candidate.Kind, candidate.Key, candidate.Locality);
        var problems = kinds[kind].Check(key, candidate.Content);
        if (problems.Count > 0)
            throw new DefinitionNotPublishableException(kind, key, locality, problems);
        // Published versions read in order: a draft begun before a roll-back takes the next number.
        var latest = await Versions(kind, key, locality).Where(d => d.Id != candidate.Id).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
        if (candidate.Version <= latest)
            candidate.Version = latest + 1;
        GateVerdict? verdict = null;
        foreach (var gate in gates)
        {
            verdict = await gate.CheckAsync(candidate, request, cancellationToken);
            if (!verdict.Passed && string.IsNullOrWhiteSpace(request.OverrideReason))
                throw new PolicyGateRefusedException(candidate, verdict);
        }
        var current = await Versions(kind, key, locality).AsTracking().Where(d => d.Status == DefinitionStatus.Published).ToListAsync(cancellationToken);
        foreach (var replaced in current)
        {
            replaced.Status = DefinitionStatus.Superseded;
            replaced.Revision++;
        }
        candidate.Status = DefinitionStatus.Published;
        candidate.ProblemsJson = null;
        candidate.PublishedAt = clock.GetUtcNow();
        candidate.PublishedBy = request.Actor;
        candidate.ImpactReportId = await ImpactReportShownAsync(candidate, request.ImpactReportId, cancellationToken);
        candidate.Revision++;
        // Two saves in one transaction: the old version stops being published before the new one starts, as the one-published index needs.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var published = candidate.Status;
            candidate.Status = candidate.Id == 0 ? DefinitionStatus.Superseded : DefinitionStatus.Draft;
            if (candidate.Id == 0)
                db.Definitions.Add(candidate);
            await SaveOrConflictAsync(kind, key, locality, cancellationToken);
            candidate.Status = published;
            await SaveOrConflictAsync(kind, key, locality, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await kinds[kind].PublishedAsync(candidate, db, cancellationToken);
        foreach (var gate in gates)
            await gate.PublishedAsync(candidate, request, verdict, cancellationToken);
        return candidate;
    }

    /// <summary>The report the publisher was shown, if it was run on this very draft and content; a stale one is not recorded (the publish still goes ahead).</summary>
    private async Task<long?> ImpactReportShownAsync(DefinitionRecord candidate, long? reportId, CancellationToken cancellationToken) =>
        reportId is { } id && candidate.Id != 0
            && await db.ImpactReports.AnyAsync(r => r.Id == id && r.DefinitionId == candidate.Id && r.ContentHash == candidate.ContentHash, cancellationToken)
            ? id
            : null;

    private async Task SaveOrConflictAsync(DefinitionKind kind, string key, string locality, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Another designer saved or published this definition since it was read (a stale revision, or a second published row).
            db.ChangeTracker.Clear();
            throw await ConflictAsync(kind, key, locality, e is DbUpdateConcurrencyException ? "someone else changed it first" : "someone else published it first", cancellationToken);
        }
    }

    private async Task<DefinitionConflictException> ConflictAsync(DefinitionKind kind, string key, string locality, string why, CancellationToken cancellationToken)
    {
        var published = await Versions(kind, key, locality).Where(d => d.Status == DefinitionStatus.Published).Select(d => (int?)d.Version).FirstOrDefaultAsync(cancellationToken);
        var draft = await Versions(kind, key, locality).Where(d => d.Status == DefinitionStatus.Draft).Select(d => (int?)d.Version).FirstOrDefaultAsync(cancellationToken);
        return new DefinitionConflictException(kind, key, locality, published, draft, why);
    }

    private async Task<int> NextVersionAsync(DefinitionKind kind, string key, string locality, CancellationToken cancellationToken) =>
        (await Versions(kind, key, locality).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0) + 1;

    private IQueryable<DefinitionRecord> Versions(DefinitionKind kind, string key, string locality) =>
        db.Definitions.Where(d => d.Kind == kind && d.Key == key && d.Locality == locality);

    public static string Words(DefinitionKind kind) => kind switch
    {
        DefinitionKind.Pathway => "pathway",
        DefinitionKind.RuleSet => "rule set",
        _ => "spec",
    };
}

/// <summary>
/// Who publishes, with an override reason when policy fails, the draft version they saw (so a stale page cannot publish)
/// and the impact report they were shown.
/// </summary>
public sealed record PublishRequest(string Actor, string? OverrideReason = null, int? ExpectedVersion = null, long? ImpactReportId = null);

/// <summary>A stored draft and what its kind's checks found in it.</summary>
public sealed record SavedDraft(DefinitionRecord Draft, IReadOnlyList<DefinitionProblem> Problems);
