using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.Cases.Audit;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Security;
using Pathway.Measures.Export;

namespace Pathway.DesignerHost.Pages.Audit;

/// <summary>
/// Who read or changed whose record, newest first, a page at a time, filtered by the person, their NHS number,
/// the user, the case and the days; the same rows as CSV. Names and NHS numbers only: no clinical detail.
/// </summary>
[Authorize(Policy = Policies.Audit)]
public sealed class IndexModel(AccessAuditQuery audit) : PageModel
{
    public const int PageSize = AccessAuditQuery.DefaultPageSize;

    [BindProperty(SupportsGet = true, Name = "person")]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true, Name = "nhs")]
    public string? NhsNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    /// <summary>Text, not a Guid, so a mistyped id is a message on the field rather than a silent "any case".</summary>
    [BindProperty(SupportsGet = true, Name = "case")]
    public string? CaseId { get; set; }

    /// <summary>Days as yyyy-MM-dd (the date input's value), UK calendar days, both included.</summary>
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    /// <summary>1-based; not "page", which Razor Pages keeps for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AccessAuditEntry> Rows { get; private set; } = [];
    public bool HasNewer => PageNumber > 1;
    public bool HasOlder { get; private set; }
    public bool Filtered => new[] { Person, NhsNumber, UserId, CaseId, From, To }.Any(v => !string.IsNullOrWhiteSpace(v));

    public static readonly string[] FieldOrder = ["person", "nhs", "user", "case", "from", "to"];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["FieldOrder"] = FieldOrder;
        if (Search() is not { } search)
            return;
        var page = await audit.ListAsync(search, ct);
        HasOlder = page.HasOlder;
        Rows = page.Rows;
    }

    /// <summary>The filtered rows, all pages, as a spreadsheet: the same read model and sentences as the page.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (Search() is not { } search)
        {
            ViewData["FieldOrder"] = FieldOrder;
            return Page();
        }
        var rows = new List<string[]>();
        await foreach (var row in audit.AllAsync(search).WithCancellation(ct))
            rows.Add([AuditSentence.When(row.At), row.ActorId, AuditSentence.Of(row), row.PersonName ?? "",
                row.NhsNumber is null ? "" : Pathway.Cases.People.NhsNumber.Format(row.NhsNumber),
                row.CaseId is { } id ? Pathway.Cases.CaseList.CaseReference.Of(id) : "", row.Reason ?? "", row.What, row.Status.ToString(CultureInfo.InvariantCulture)]);
        var csv = Csv.Write(["When (UK time)", "User", "What happened", "Person", "NHS number", "Case", "Reason given", "Request", "Answer"], rows);
        return File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", "access-audit.csv");
    }

    /// <summary>The filter as a search, or null with a message on each field that does not make sense.</summary>
    private AccessAuditSearch? Search()
    {
        PageNumber = Math.Max(1, PageNumber);
        Guid? caseId = null;
        if (!string.IsNullOrWhiteSpace(CaseId))
        {
            if (Guid.TryParse(CaseId.Trim(), out var id))
                caseId = id;
            else
                ModelState.AddModelError("case", "Case must be a case id, like 0190a000-0000-7000-8000-000000000000");
        }
        var digits = NhsNumber?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(digits) && (digits.Length != 10 || !digits.All(char.IsAsciiDigit)))
            ModelState.AddModelError("nhs", "NHS number must be 10 digits, like 943 476 5919");
        var from = Day(From, "from", "Date from");
        var to = Day(To, "to", "Date to");
        if (from is not null && to is not null && to < from)
            ModelState.AddModelError("to", "Date to must be the same as or after date from");
        return ModelState.IsValid ? new AccessAuditSearch(UserId, caseId, PageNumber, PageSize, Person, digits, from, to) : null;
    }

    private DateOnly? Day(string? text, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        ModelState.AddModelError(field, $"{label} must be a real date, like 2026-12-01");
        return null;
    }

    /// <summary>The same filter on another page, or as CSV.</summary>
    public string Link(int? pageNumber = null, string? handler = null) => "/audit" + QueryString.Create(
        new Dictionary<string, string?>
        {
            ["handler"] = handler, ["person"] = Person, ["nhs"] = NhsNumber, ["user"] = UserId, ["case"] = CaseId, ["from"] = From, ["to"] = To,
            ["p"] = pageNumber?.ToString(CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToUriComponent();
}
