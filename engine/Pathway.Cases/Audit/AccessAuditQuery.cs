using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Audit;

/// <summary>Which audit rows to show: one user's, one case's, or all; 1-based pages.</summary>
public sealed record AccessAuditSearch(string? UserId = null, Guid? CaseId = null, int Page = 1, int PageSize = AccessAuditQuery.DefaultPageSize);

/// <summary>A page of the access audit, and whether an older page follows.</summary>
public sealed record AccessAuditPage(IReadOnlyList<AccessAuditRecord> Rows, int Page, bool HasOlder);

/// <summary>The access audit, newest first, for the API and the audit page alike.</summary>
public sealed class AccessAuditQuery(PathwayDbContext db)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public async Task<AccessAuditPage> ListAsync(AccessAuditSearch filter, CancellationToken ct)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var query = db.AccessAudit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserId))
        {
            var user = filter.UserId.Trim();
            query = query.Where(a => a.ActorId == user);
        }
        if (filter.CaseId is { } caseId)
            query = query.Where(a => a.CaseId == caseId);
        // One row more than a page says whether there is an older page, without counting the whole table.
        var rows = await query.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size + 1).ToListAsync(ct);
        return new AccessAuditPage([.. rows.Take(size)], page, rows.Count > size);
    }
}
