using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Referrals;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.People;

/// <summary>One detail a new referral states differently from the person's latest earlier referral.</summary>
public sealed record PersonDetailDifference(string Detail, string? Earlier, string? Now);

/// <summary>A case the person already has, with the details that referral stated.</summary>
public sealed record PersonCase(Guid CaseId, string PersonName, DateOnly DateOfBirth, string Locality, DateTimeOffset ReferredAt, string PresentingNeed, CaseStatus Status);

/// <summary>What is already known of an NHS number: the details its latest referral gave, how they differ now, and the open cases.</summary>
public sealed record KnownPersonComparison(DateTimeOffset EarlierReferredAt, IReadOnlyList<PersonDetailDifference> Differences, IReadOnlyList<PersonCase> OpenCases);

/// <summary>
/// Compares a referral's person with what earlier referrals of the same NHS number said. A different
/// name or date of birth may be a mistyped NHS number (another person's record) or a real change;
/// only a person can tell, so intake shows both before saving.
/// </summary>
public static class KnownPerson
{
    public static async Task<KnownPersonComparison?> CompareAsync(PathwayDbContext db, PersonDetails details, CancellationToken ct)
    {
        var nhsNumber = NhsNumber.Normalise(details.NhsNumber);
        if (nhsNumber is null)
            return null;
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.Person!.NhsNumber == nhsNumber)
            .Join(db.Cases.AsNoTracking(), r => r.CaseId, c => c.Id, (r, c) => new { Referral = r, c.Status })
            .ToListAsync(ct);
        if (referrals.Count == 0)
            return null;
        var latest = referrals.MaxBy(x => x.Referral.ReceivedAt)!.Referral;
        var differences = new List<PersonDetailDifference>();
        void Compare(string detail, string? earlier, string? now, Func<string?, string?> normalise)
        {
            if (now is not null && normalise(earlier) != normalise(now))
                differences.Add(new(detail, earlier, now));
        }
        Compare("Name", latest.PersonName, details.Name?.Trim(), v => v is null ? null : string.Join(' ', v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant());
        Compare("Date of birth", latest.DateOfBirth.ToString("d MMMM yyyy"), details.DateOfBirth?.ToString("d MMMM yyyy"), v => v);
        Compare("Postcode", latest.Postcode, details.Postcode?.Trim(), v => v?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        Compare("GP practice", latest.GpPractice, details.GpPractice?.Trim(), v => v?.Trim().ToUpperInvariant());
        var open = referrals.Where(x => x.Status == CaseStatus.Running).OrderByDescending(x => x.Referral.ReceivedAt)
            .Select(x => new PersonCase(x.Referral.CaseId, x.Referral.PersonName, x.Referral.DateOfBirth, x.Referral.Locality, x.Referral.ReceivedAt, x.Referral.PresentingNeed, x.Status))
            .ToList();
        return new KnownPersonComparison(latest.ReceivedAt, differences, open);
    }
}
