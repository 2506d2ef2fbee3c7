using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>Who each case is for: the referred person when the case came from a referral, else what the case variables say.</summary>
public static class CasePeople
{
    public static async Task<Dictionary<Guid, PersonRecord>> ForCasesAsync(PathwayDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct) =>
        (await db.Referrals.AsNoTracking().Include(r => r.Person).Where(r => caseIds.Contains(r.CaseId)).ToListAsync(ct))
            .Where(r => r.Person is not null)
            .GroupBy(r => r.CaseId)
            .ToDictionary(g => g.Key, g => g.First().Person!);

    public static string NameOf(Guid caseId, IReadOnlyDictionary<Guid, PersonRecord> people, IReadOnlyDictionary<string, object?>? variables = null) =>
        people.TryGetValue(caseId, out var person) ? person.Name
        : variables is not null && variables.TryGetValue("personName", out var name) && name is string text ? text
        : $"Case {caseId.ToString()[..8]}";
}
