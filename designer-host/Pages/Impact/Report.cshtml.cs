using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Impact;

/// <summary>
/// One stored impact report on its own page, for everyone who reads definitions: a designer
/// shares the link with commissioners, who see the counts (the API leaves example cases out for them).
/// </summary>
[Authorize(Policy = Policies.PathwayRead)]
public sealed class ReportModel(ImpactReports reports) : PageModel
{
    public ImpactReportRecord? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Report = await reports.FindAsync(id, cancellationToken);
        return Report is null ? NotFound() : Page();
    }
}
