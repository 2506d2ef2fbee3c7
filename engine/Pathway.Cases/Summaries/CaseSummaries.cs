using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.People;
using Pathway.Cases.Triage;
using Pathway.Engine.Time;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Summaries;

/// <summary>Loads the summaries of many cases at once, for the rows of one screen.</summary>
public static class CaseSummaries
{
    public static async Task<Dictionary<Guid, CaseSummary>> LoadAsync(PathwayDbContext db, IReadOnlyCollection<Guid> caseIds, DateTimeOffset now, CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var people = await CasePerson.ForCasesAsync(db, ids, ct);
        var referrals = (await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.CaseId))
                .Select(r => new { r.CaseId, r.News2Score, r.PresentingNeed }).ToListAsync(ct))
            .GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.First());
        var redirects = (await db.WorkTasks.AsNoTracking().Where(t => ids.Contains(t.CaseId) && t.Form == Emergency.RedirectForm).ToListAsync(ct))
            .ToLookup(t => t.CaseId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ServiceTimeZone.UnitedKingdom).DateTime);
        return cases.ToDictionary(c => c.Id, c =>
        {
            var referral = referrals.GetValueOrDefault(c.Id);
            return Summarise(c, people.GetValueOrDefault(c.Id), referral?.News2Score, referral?.PresentingNeed, redirects[c.Id], today);
        });
    }

    /// <summary>
    /// The person as the case's own referral stated them, so a later referral with other details changes
    /// no earlier case; a case started without a referral falls back on its variables.
    /// </summary>
    private static CaseSummary Summarise(
        CaseRecord record, CasePerson? person, int? news2, string? presentingNeed, IEnumerable<WorkTaskRecord> tasks, DateOnly today)
    {
        var variables = CaseStateJson.Deserialize(record.StateJson).Variables;
        var name = person?.Name ?? Text(variables, "personName") ?? $"Case {record.Id.ToString()[..8]}";
        var nhs = person?.NhsNumber ?? Text(variables, "nhsNumber");
        int? age = person is null ? Number(variables, "age") : person.AgeOn(today);
        return new CaseSummary(record.Id, name, nhs is null ? null : NhsNumber.Format(nhs), person?.DateOfBirth, age,
            news2 ?? Number(variables, "news2Score"), presentingNeed ?? Text(variables, "presentingNeed"), record.Locality, Emergency.Of(variables, tasks));
    }

    private static string? Text(IReadOnlyDictionary<string, object?> variables, string name) => variables.GetValueOrDefault(name) as string;

    private static int? Number(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.GetValueOrDefault(name) is { } value and (long or int or double or decimal) ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;
}
