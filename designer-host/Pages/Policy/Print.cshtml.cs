using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.DesignerHost.Policy;

namespace Pathway.DesignerHost.Pages.Policy;

/// <summary>The whole policy with its live results as one HTML document, to attach to a commissioning paper or print to PDF.</summary>
[AllowAnonymous]
public sealed class PrintModel(LivePolicy live) : PageModel
{
    public LivePolicyView View { get; private set; } = null!;

    public async Task OnGetAsync(bool download, CancellationToken ct)
    {
        View = await live.LoadAsync(ct);
        if (download)
            Response.Headers.ContentDisposition = "attachment; filename=\"pathway-policy.html\"";
    }
}
