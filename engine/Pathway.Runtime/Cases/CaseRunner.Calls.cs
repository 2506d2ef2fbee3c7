using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Model;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Cases;

/// <summary>
/// Call activities: the called case starts in the calling case's step, in the same transaction,
/// so the two are written together or not at all, each journal naming the other. A called case
/// that ends at once answers in that step; one that waits answers later through the outbox.
/// </summary>
public sealed partial class CaseRunner
{
    /// <summary>Cases calling each other in their first steps (a pathway calling itself, say) stop here on an incident.</summary>
    private const int MaxCallDepth = 8;

    /// <summary>A call activity reached in this step, and how deep in nested calls the step already is.</summary>
    private sealed record CallingCase(Guid CaseId, string Locality, PathwayModel Model, Bookmark Bookmark, int Depth);

    /// <summary>
    /// Starts the called case; returns the event that answers the call activity now (the called
    /// case ended at once, or could not start), or null while the called case runs.
    /// </summary>
    private async Task<CaseEvent?> StartCalledCaseAsync(CallingCase calling, List<Effect> effects, Step step, CancellationToken cancellationToken)
    {
        var (bookmark, call) = (calling.Bookmark, (CallActivity)calling.Model.Node(calling.Bookmark.NodeId));
        if (calling.Depth + 1 >= MaxCallDepth)
            return new ActivityFailed(bookmark.Id, EngineErrors.CallsNestedTooDeep,
                $"{call.Label} would start '{call.CalledKey}' {MaxCallDepth} calls deep in one step; a pathway that calls itself needs a wait state before the call");
        var called = await CalledVersionAsync(call, calling.Locality, cancellationToken);
        if (called is null)
            return new ActivityFailed(bookmark.Id, EngineErrors.CalledPathwayNotPublished, call.PinnedVersion is { } pinned
                ? $"{call.Label} calls version {pinned} of the pathway '{call.CalledKey}', which was never published for '{calling.Locality}' or nationally; publish it, then retry"
                : $"{call.Label} calls the pathway '{call.CalledKey}', which has no published version for '{calling.Locality}' or nationally; publish it, then retry");

        var child = new CaseRecord
        {
            Id = Guid.CreateVersion7(step.Now),
            PathwayDefinitionId = called.Id,
            Locality = calling.Locality,
            StateJson = "",
            StartedAt = step.Now,
            ParentCaseId = calling.CaseId,
            ParentBookmarkId = bookmark.Id,
        };
        var variables = new Dictionary<string, object?>(InputsOf(effects, bookmark), StringComparer.Ordinal) { ["locality"] = calling.Locality };
        var calledBy = new Journaled(new JournalEntry(JournalKinds.CalledBy, step.Now, null, new Dictionary<string, object?>
        {
            ["case"] = calling.CaseId, ["node"] = call.Id, ["bookmark"] = bookmark.Id,
        }));
        var started = await StageStartAsync(child, variables, step, calling.Depth + 1, [calledBy], cancellationToken);
        effects.Add(new Journaled(new JournalEntry(JournalKinds.CallStarted, step.Now, call.Id, new Dictionary<string, object?>
        {
            ["bookmark"] = bookmark.Id, ["case"] = child.Id, ["pathway"] = call.CalledKey, ["version"] = called.Version,
        })));
        return started.State.Status switch
        {
            CaseStatus.Running => null,
            CaseStatus.Completed => new ActivityCompleted(bookmark.Id, started.State.Variables),
            _ => new ActivityFailed(bookmark.Id, EngineErrors.CalledCaseWithdrawn, $"the called case {child.Id} was withdrawn before it ended"),
        };
    }

    /// <summary>The inputs the interpreter mapped for this call (journalled with the request), as the called case's first variables.</summary>
    private static IReadOnlyDictionary<string, object?> InputsOf(List<Effect> effects, Bookmark bookmark) =>
        effects.OfType<Journaled>()
            .Where(j => j.Entry.Kind == JournalKinds.CallRequested && Equals(j.Entry.Data?["bookmark"], bookmark.Id))
            .Select(j => j.Entry.Data!["inputs"] as IReadOnlyDictionary<string, object?>)
            .LastOrDefault() ?? new Dictionary<string, object?>();

    /// <summary>
    /// The called pathway's version: the one published for the locality (else nationally), or the
    /// pinned version number if it was ever published (the locality's own, else the national one).
    /// </summary>
    private async Task<CalledVersion?> CalledVersionAsync(CallActivity call, string locality, CancellationToken cancellationToken)
    {
        var versions = db.Definitions.AsNoTracking()
            .Where(d => d.Kind == DefinitionKind.Pathway && d.Key == call.CalledKey && (d.Locality == locality || d.Locality == Localities.National));
        if (call.PinnedVersion is { } pinned)
        {
            var found = await versions.Where(d => d.Version == pinned && d.Status != DefinitionStatus.Draft)
                .Select(d => new { d.Id, d.Version, d.Locality }).ToListAsync(cancellationToken);
            return found.OrderBy(d => d.Locality == locality ? 0 : 1).Select(d => new CalledVersion(d.Id, d.Version)).FirstOrDefault();
        }
        if (await definitions.FindPublishedPathwayIdAsync(call.CalledKey, locality, cancellationToken) is not { } id)
            return null;
        return new CalledVersion(id, await db.Definitions.Where(d => d.Id == id).Select(d => d.Version).SingleAsync(cancellationToken));
    }

    private sealed record CalledVersion(long Id, int Version);
}
