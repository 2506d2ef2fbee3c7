using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Time;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Audit;

/// <summary>
/// Which audit rows to show: by the person whose record it was (part of the name), their NHS number,
/// the user, one case, and UK calendar days from and to (both included); 1-based pages.
/// </summary>
public sealed record AccessAuditSearch(string? UserId = null, Guid? CaseId = null, int Page = 1, int PageSize = AccessAuditQuery.DefaultPageSize,
    string? Person = null, string? NhsNumber = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>One access: who, what, when, and whose record (the person as the case's referral named them; none for a list or a case without a referral).</summary>
public sealed record AccessAuditEntry(long Id, DateTimeOffset At, string ActorId, string Action, string What, Guid? CaseId, int Status, string? Reason,
    string? PersonName, string? NhsNumber);

/// <summary>A page of the access audit, and whether an older page follows.</summary>
public sealed record AccessAuditPage(IReadOnlyList<AccessAuditEntry> Rows, int Page, bool HasOlder);

/// <summary>The access audit, newest first, for the API, the audit page and its CSV alike: one query, paged or whole.</summary>
public sealed class AccessAuditQuery(PathwayDbContext db)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>The most rows one export holds; a wider search is narrowed by date first.</summary>
    public const int MaxExportRows = 100_000;

    public async Task<AccessAuditPage> ListAsync(AccessAuditSearch filter, CancellationToken ct)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        // One row more than a page says whether there is an older page, without counting the whole table.
        var rows = await Matching(filter).Skip((page - 1) * size).Take(size + 1).ToListAsync(ct);
        return new AccessAuditPage([.. rows.Take(size)], page, rows.Count > size);
    }

    /// <summary>Every row the search matches, newest first, read as it streams (the CSV export).</summary>
    public IAsyncEnumerable<AccessAuditEntry> AllAsync(AccessAuditSearch filter) => Matching(filter).Take(MaxExportRows).AsAsyncEnumerable();

    private IQueryable<AccessAuditEntry> Matching(AccessAuditSearch filter)
    {
        var query = db.AccessAudit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserId))
        {
            var user = filter.UserId.Trim();
            query = query.Where(a => a.ActorId == user);
        }
        if (filter.CaseId is { } caseId)
            query = query.Where(a => a.CaseId == caseId);
        if (filter.From is { } from)
        {
            var start = UkMidnight(from);
            query = query.Where(a => a.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = UkMidnight(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }
        var rows = from a in query
                   join r in db.Referrals.AsNoTracking() on a.CaseId equals r.CaseId into referrals
                   from r in referrals.DefaultIfEmpty()
                   select new { Audit = a, Referral = r };
        if (!string.IsNullOrWhiteSpace(filter.NhsNumber))
        {
            var digits = filter.NhsNumber.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            rows = rows.Where(x => x.Referral != null && x.Referral.Person!.NhsNumber == digits);
        }
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            // Lower-cased on both sides: LIKE ignores case on SQLite but not on PostgreSQL.
            var pattern = "%" + filter.Person.Trim().ToLowerInvariant().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
            rows = rows.Where(x => x.Referral != null && EF.Functions.Like(x.Referral.PersonName.ToLower(), pattern));
        }
        return rows.OrderByDescending(x => x.Audit.Id).Select(x => new AccessAuditEntry(x.Audit.Id, x.Audit.At, x.Audit.ActorId, x.Audit.Action, x.Audit.What,
            x.Audit.CaseId, x.Audit.Status, x.Audit.Reason, x.Referral == null ? null : x.Referral.PersonName, x.Referral == null ? null : x.Referral.Person!.NhsNumber));
    }

    /// <summary>The start of a UK calendar day, as staff filter by the day they remember.</summary>
    public static DateTimeOffset UkMidnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, ServiceTimeZone.UnitedKingdom.GetUtcOffset(local));
    }
}
