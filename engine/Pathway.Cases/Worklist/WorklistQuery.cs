using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Access;
using Pathway.Cases.Assessments;
using Pathway.Cases.People;
using Pathway.Cases.Summaries;
using Pathway.Cases.Triage;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

/// <summary>Which open tasks a worklist shows: <see cref="Mine"/> is what I claimed or what is offered to a role I hold.</summary>
/// <param name="Owner">A user id, or <c>me</c>.</param>
public sealed record WorklistFilter(bool Mine = false, string? Role = null, string? Team = null, string? Owner = null);

/// <summary>
/// The worklist, for the API and the page alike: open tasks of the actor's teams, emergencies
/// (redirect to 999/ED) first, then soonest due, tasks with no due time last, then oldest.
/// </summary>
public sealed class WorklistQuery(PathwayDbContext db, TimeProvider clock)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<WorklistItem>> ListAsync(Actor actor, WorklistFilter filter, CancellationToken ct)
    {
        var open = Open(actor);
        if (filter.Mine)
        {
            var roles = actor.Roles.ToList();
            open = open.Where(t => t.Owner == actor.Id || (t.Owner == null && roles.Contains(t.Role)));
            // A review asks the other disciplines: the assessor's own discipline does not see it as theirs.
            var discipline = Disciplines.Of(actor);
            open = open.Where(t => t.Form != ReviewTasks.Form
                || db.Assessments.Where(a => a.CaseId == t.CaseId).OrderByDescending(a => a.Version).Select(a => a.Discipline).FirstOrDefault() != discipline);
        }
        if (!string.IsNullOrEmpty(filter.Role))
            open = open.Where(t => t.Role == filter.Role);
        if (!string.IsNullOrEmpty(filter.Team))
            open = open.Where(t => t.Team == filter.Team);
        if (!string.IsNullOrEmpty(filter.Owner))
        {
            var owner = filter.Owner == "me" ? actor.Id : filter.Owner;
            open = open.Where(t => t.Owner == owner);
        }
        return await RowsAsync(open, ct);
    }

    /// <summary>Every open emergency of the actor's teams, whoever's role it is for: shown above any worklist or board.</summary>
    public Task<IReadOnlyList<WorklistItem>> EmergenciesAsync(Actor actor, CancellationToken ct) =>
        RowsAsync(Open(actor).Where(t => t.Form == Emergency.RedirectForm), ct);

    /// <summary>The roles the actor's teams have open tasks for, to filter by.</summary>
    public async Task<IReadOnlyList<string>> RolesAsync(Actor actor, CancellationToken ct) =>
        await Open(actor).Select(t => t.Role).Distinct().OrderBy(r => r).ToListAsync(ct);

    private IQueryable<WorkTaskRecord> Open(Actor actor) =>
        TeamAccess.Visible(db.WorkTasks.AsNoTracking().Where(t => t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress), actor);

    private async Task<IReadOnlyList<WorklistItem>> RowsAsync(IQueryable<WorkTaskRecord> query, CancellationToken ct)
    {
        // Tasks with no due time sort last: SQLite orders nulls first.
        var tasks = await query
            .OrderByDescending(t => t.Form == Emergency.RedirectForm)
            .ThenBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id)
            .Take(MaxRows).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var summaries = await CaseSummaries.LoadAsync(db, [.. tasks.Select(t => t.CaseId)], now, ct);
        return [.. tasks.Where(t => summaries.ContainsKey(t.CaseId)).Select(t => WorklistItem.From(t, summaries[t.CaseId], now))];
    }
}
