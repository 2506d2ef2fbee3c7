using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.People;
using Pathway.Cases.Referrals;
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
        var referrals = (await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.CaseId)).ToListAsync(ct))
            .GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.First());
        var redirects = (await db.WorkTasks.AsNoTracking().Where(t => ids.Contains(t.CaseId) && t.Form == Emergency.RedirectForm).ToListAsync(ct))
            .ToLookup(t => t.CaseId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ServiceTimeZone.UnitedKingdom).DateTime);
        return cases.ToDictionary(c => c.Id, c => Summarise(c, referrals.GetValueOrDefault(c.Id), redirects[c.Id], today));
    }

    public static CaseSummary Summarise(CaseRecord record, ReferralRecord? referral, IEnumerable<WorkTaskRecord> tasks, DateOnly today)
    {
        var variables = CaseStateJson.Deserialize(record.StateJson).Variables;
        // The person as this referral stated them, so a later referral with other details changes no earlier case.
        var stated = referral is null ? null : JsonSerializer.Deserialize<Referral>(referral.DetailsJson, CaseStateJson.Options)?.Person;
        var name = stated?.Name ?? Text(variables, "personName") ?? $"Case {record.Id.ToString()[..8]}";
        var nhs = stated?.NhsNumber is { } n ? NhsNumber.Normalise(n) ?? n : Text(variables, "nhsNumber");
        var born = stated?.DateOfBirth;
        int? age = born is { } b ? RuleInputs.AgeOn(b, today) : Number(variables, "age");
        int? news2 = referral?.News2Score ?? Number(variables, "news2Score");
        return new CaseSummary(record.Id, name, nhs is null ? null : NhsNumber.Display(nhs), born, age, news2,
            referral?.PresentingNeed ?? Text(variables, "presentingNeed"), record.Locality, Emergency.Of(variables, tasks));
    }

    private static string? Text(IReadOnlyDictionary<string, object?> variables, string name) => variables.GetValueOrDefault(name) as string;

    private static int? Number(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.GetValueOrDefault(name) is { } value and (long or int or double or decimal) ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;
}
