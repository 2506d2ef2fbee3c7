using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.People;

/// <summary>Who a case is for, as its own referral stated it; the age is worked out on the day it is read.</summary>
public sealed record CasePerson(string NhsNumber, string Name, DateOnly DateOfBirth, string? Postcode, string? GpPractice)
{
    public string NhsNumberFormatted => People.NhsNumber.Format(NhsNumber);

    public int AgeOn(DateOnly today) => PersonAge.On(DateOfBirth, today);

    /// <summary>Each case's person from its referral; cases started without a referral have none.</summary>
    public static async Task<Dictionary<Guid, CasePerson>> ForCasesAsync(PathwayDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct) =>
        (await db.Referrals.AsNoTracking().Where(r => caseIds.Contains(r.CaseId))
            .Select(r => new { r.CaseId, r.Person!.NhsNumber, r.PersonName, r.DateOfBirth, r.Postcode, r.GpPractice })
            .ToListAsync(ct))
            .GroupBy(r => r.CaseId)
            .ToDictionary(g => g.Key, g => g.Select(r => new CasePerson(r.NhsNumber, r.PersonName, r.DateOfBirth, r.Postcode, r.GpPractice)).First());
}
