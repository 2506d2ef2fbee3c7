using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.People;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.CaseList;

/// <summary>
/// The case list and its search, one read model for the page and the API. Cases are those started from a
/// referral (they have a person); a reader sees only the cases of the localities their teams serve
/// (<paramref name="servedLocalities"/>), or every case when it is null.
/// </summary>
public static class CaseListReader
{
    public static async Task<CaseListPage> ReadAsync(PathwayDbContext db, CaseListQuery query, IReadOnlyCollection<string>? servedLocalities, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var rows = db.Referrals.AsNoTracking().Join(db.Cases.AsNoTracking(), r => r.CaseId, c => c.Id, (r, c) => new { Referral = r, Case = c });
        if (servedLocalities is not null)
            rows = rows.Where(x => servedLocalities.Contains(x.Referral.Locality));
        if (query.Status is { } status)
            rows = rows.Where(x => x.Case.Status == status);
        if (!string.IsNullOrWhiteSpace(query.Locality))
            rows = rows.Where(x => x.Referral.Locality == query.Locality);
        if (query.OverdueOnly)
            rows = rows.Where(x => db.WorkTasks.Any(t => t.CaseId == x.Case.Id && t.DueAt != null && t.DueAt < now
                && (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress)));
        var search = query.Search?.Trim() ?? "";
        var reference = "";
        if (search.Length > 0)
        {
            var digits = search.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (digits.Length == 10 && digits.All(char.IsAsciiDigit))
                rows = rows.Where(x => x.Referral.Person!.NhsNumber == digits);
            else if (ParseDate(search) is { } born)
                rows = rows.Where(x => x.Referral.DateOfBirth == born);
            else if (CaseReference.Looks(search))
                reference = search.ToUpperInvariant();
            else
            {
                // Lower-cased on both sides: LIKE ignores case on SQLite but not on PostgreSQL.
                var pattern = "%" + search.ToLowerInvariant().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
                rows = rows.Where(x => EF.Functions.Like(x.Referral.PersonName.ToLower(), pattern));
            }
        }

        var ordered = rows.OrderByDescending(x => x.Referral.ReceivedAt).Select(x => new
        {
            x.Case.Id, x.Referral.Person!.NhsNumber, x.Referral.PersonName, x.Referral.DateOfBirth, x.Referral.Locality, x.Referral.PresentingNeed,
            x.Case.Status, x.Referral.ReceivedAt, x.Case.StateJson,
        });
        // The standard lives in the case's variables and the reference in its id: filter those in memory, the rest in SQL.
        var inMemory = reference.Length > 0 || !string.IsNullOrWhiteSpace(query.Standard);
        int total;
        List<CaseListItem> items;
        var skip = (query.SafePage - 1) * query.SafePageSize;
        if (inMemory)
        {
            var all = (await ordered.ToListAsync(ct))
                .Select(x => (x, Standard: StandardOf(x.StateJson)))
                .Where(y => reference.Length == 0 || CaseReference.Of(y.x.Id) == reference)
                .Where(y => string.IsNullOrWhiteSpace(query.Standard) || y.Standard == query.Standard)
                .ToList();
            total = all.Count;
            items = [.. all.Skip(skip).Take(query.SafePageSize).Select(y => Item(y.x.Id, y.x.NhsNumber, y.x.PersonName, y.x.DateOfBirth, y.x.Locality, y.x.PresentingNeed, y.x.Status, y.Standard, y.x.ReceivedAt))];
        }
        else
        {
            total = await ordered.CountAsync(ct);
            items = [.. (await ordered.Skip(skip).Take(query.SafePageSize).ToListAsync(ct))
                .Select(x => Item(x.Id, x.NhsNumber, x.PersonName, x.DateOfBirth, x.Locality, x.PresentingNeed, x.Status, StandardOf(x.StateJson), x.ReceivedAt))];
        }

        CaseListItem Item(Guid id, string nhs, string name, DateOnly born, string locality, string need, CaseStatus caseStatus, string? standard, DateTimeOffset referred) =>
            new(id, CaseReference.Of(id), nhs, name, born, PersonAge.On(born, today), locality, need, caseStatus, standard, referred, null, false);

        // When each listed case's next open task is due, so the list shows overdue cases as overdue.
        var ids = items.ConvertAll(i => i.CaseId);
        var due = (await db.WorkTasks.AsNoTracking()
                .Where(t => ids.Contains(t.CaseId) && t.DueAt != null && (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress))
                .Select(t => new { t.CaseId, t.DueAt }).ToListAsync(ct))
            .GroupBy(t => t.CaseId).ToDictionary(g => g.Key, g => g.Min(t => t.DueAt!.Value));
        items = items.ConvertAll(i => due.TryGetValue(i.CaseId, out var at) ? i with { NextDueAt = at, Overdue = at < now } : i);
        return new CaseListPage(items, total, query.SafePage, query.SafePageSize);
    }

    private static string? StandardOf(string stateJson) =>
        CaseStateJson.Deserialize(stateJson).Variables.GetValueOrDefault("responseStandard") as string;

    private static readonly string[] DateFormats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd", "d M yyyy", "d MMM yyyy", "d MMMM yyyy"];

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.AllowWhiteSpaces, out var date) ? date : null;
}
