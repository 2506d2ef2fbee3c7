using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Access;
using Pathway.Cases.Summaries;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Huddles;

/// <summary>A case waiting for the MDT: who, why, how much at risk (<c>mdtPriority</c>, higher is more at risk), and since when.</summary>
public sealed record HuddleBoardEntry(
    Guid CaseId, long TaskId, string Team, long? MdtPriority, string? MdtReason,
    DateTimeOffset WaitingSince, DateTimeOffset? DueAt, double? MinutesLeft, CaseSummary Case)
{
    public string PersonName => Case.PersonName;
    public int? Age => Case.Age;
}

/// <summary>
/// The MDT huddle board, for the API and the page alike: cases of the actor's teams waiting at MDT
/// review, most at risk first. The agreed order: <c>mdtPriority</c> highest first, a case with no
/// priority after every case with one; then the soonest review due (none due last); then the longest
/// waiting; then the task id, so two reads never differ.
/// </summary>
public sealed class HuddleBoardQuery(PathwayDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<HuddleBoardEntry>> ListAsync(Actor actor, string? team, CancellationToken ct)
    {
        var open = TeamAccess.Visible(db.WorkTasks.AsNoTracking()
            .Where(t => t.Form == RecordMdtDecisionHandler.Form && (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress)), actor);
        if (team is not null)
            open = open.Where(t => (t.Team ?? t.Locality) == team);
        var tasks = await open.ToListAsync(ct);
        var caseIds = tasks.Select(t => t.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var now = clock.GetUtcNow();
        var summaries = await CaseSummaries.LoadAsync(db, caseIds, now, ct);
        return Order(tasks.Where(t => cases.ContainsKey(t.CaseId)).Select(t =>
        {
            var variables = CaseStateJson.Deserialize(cases[t.CaseId].StateJson).Variables;
            return new HuddleBoardEntry(t.CaseId, t.Id, TeamAccess.TeamOf(t), Priority(variables.GetValueOrDefault("mdtPriority")),
                variables.GetValueOrDefault("mdtReason") as string, t.CreatedAt, t.DueAt, Worklist.WorklistItem.MinutesUntil(t.DueAt, now), summaries[t.CaseId]);
        }));
    }

    public static IReadOnlyList<HuddleBoardEntry> Order(IEnumerable<HuddleBoardEntry> entries) =>
        [.. entries
            .OrderBy(e => e.MdtPriority is null)
            .ThenByDescending(e => e.MdtPriority)
            .ThenBy(e => e.DueAt is null)
            .ThenBy(e => e.DueAt)
            .ThenBy(e => e.WaitingSince)
            .ThenBy(e => e.TaskId)];

    /// <summary>The rules write numbers as they come from JSON: a whole number, or a decimal holding one.</summary>
    private static long? Priority(object? value) => value switch
    {
        null => null,
        long l => l,
        int i => i,
        double d => (long)d,
        decimal m => (long)m,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
