using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.Cases.Audit;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Audit;

/// <summary>Who read or changed whose record, newest first, a page at a time, for one user or one case if asked.</summary>
[Authorize(Policy = Policies.Audit)]
public sealed class IndexModel(AccessAuditQuery audit) : PageModel
{
    public const int PageSize = AccessAuditQuery.DefaultPageSize;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    /// <summary>Text, not a Guid, so a mistyped id is a message on the field rather than a silent "any case".</summary>
    [BindProperty(SupportsGet = true, Name = "case")]
    public string? CaseId { get; set; }

    /// <summary>1-based; not "page", which Razor Pages keeps for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AccessAuditRecord> Rows { get; private set; } = [];
    public bool HasNewer => PageNumber > 1;
    public bool HasOlder { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Guid? caseId = null;
        if (!string.IsNullOrWhiteSpace(CaseId))
        {
            if (!Guid.TryParse(CaseId.Trim(), out var id))
            {
                ModelState.AddModelError("case", "Case must be a case id, like 0190a000-0000-7000-8000-000000000000");
                return;
            }
            caseId = id;
        }
        var page = await audit.ListAsync(new AccessAuditSearch(UserId, caseId, PageNumber, PageSize), ct);
        HasOlder = page.HasOlder;
        Rows = page.Rows;
    }

    /// <summary>Another page of the same filter.</summary>
    public string PageLink(int pageNumber) => "/audit" + QueryString.Create(
        new Dictionary<string, string?> { ["user"] = UserId, ["case"] = CaseId, ["p"] = pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToUriComponent();
}
