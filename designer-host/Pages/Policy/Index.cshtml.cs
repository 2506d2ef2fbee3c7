using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.DesignerHost.Policy;
using Pathway.DesignerHost.Security;
using Pathway.Policy.Gate;

namespace Pathway.DesignerHost.Pages.Policy;

/// <summary>
/// The policy as commissioned: national documents, then each locality's differences, each
/// scenario with its result against the published definitions, the versions and time of each
/// locality's run, and any override in force with its reason.
/// </summary>
// Policy is public: commissioners and the public read it without signing in.
[AllowAnonymous]
public sealed class IndexModel(LivePolicy live, IAuthorizationService authorization) : PageModel
{
    public LivePolicyView View { get; private set; } = null!;

    public bool CanRun { get; private set; }

    public bool CanReadSpecs { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await live.LoadAsync(ct);
        CanRun = (await authorization.AuthorizeAsync(User, Policies.PolicyRun)).Succeeded;
        CanReadSpecs = (await authorization.AuthorizeAsync(User, Policies.PathwayRead)).Succeeded;
    }

    /// <summary>"Run now": every locality against what is published, recorded, then the page again.</summary>
    public async Task<IActionResult> OnPostRunAsync([FromServices] PolicyMonitor monitor, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.PolicyRun)).Succeeded)
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        await monitor.RunAllAsync($"run now by {User.Identity?.Name}", ct);
        return RedirectToPage();
    }
}
