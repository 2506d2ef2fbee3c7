using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.Cases.CaseList;
using Pathway.Cases.Localities;
using Pathway.Cases.People;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>The case list: the reader's teams' cases, searched and filtered through the same read model as GET /api/cases.</summary>
[Authorize(Policy = Policies.CaseRead)]
public sealed class IndexModel(PathwayDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Locality { get; set; }
    [BindProperty(SupportsGet = true)] public string? Standard { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public CaseListPage Result { get; private set; } = new([], 0, 1, CaseListQuery.DefaultPageSize);
    public DateTimeOffset Now { get; private set; }
    public IReadOnlyList<Locality> Localities { get; private set; } = [];

    public string LocalityName(string code) => Localities.FirstOrDefault(l => l.Code == code)?.Name ?? code;

    /// <summary>The standards the rules set, as a coordinator names them.</summary>
    public static IReadOnlyList<(string Value, string Label)> Standards { get; } =
        [("2-hour", "2-hour urgent response"), ("2-day", "2-day reablement"), ("routine", "Routine")];

    public static string StandardLabel(string? value) => Standards.FirstOrDefault(s => s.Value == value).Label ?? value ?? "Not set";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        var parameters = new CaseListApi.CaseListParameters(Q, Status, Locality, Standard, Overdue, PageNumber, null);
        Localities = await db.AllLocalitiesAsync(ct);
        Result = await CaseListReader.ReadAsync(db, parameters.ToQuery(), await CaseListApi.ServedLocalitiesAsync(db, User, ct), Now, PersonAge.Today(clock), ct);
    }

    /// <summary>This list's address with one page number changed, keeping the search and filters.</summary>
    public string PageLink(int page)
    {
        var query = new Dictionary<string, string?> { ["q"] = Q, ["status"] = Status, ["locality"] = Locality, ["standard"] = Standard, ["overdue"] = Overdue ? "true" : null, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/cases", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
