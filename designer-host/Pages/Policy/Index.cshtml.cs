using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.DesignerHost.Policy;

namespace Pathway.DesignerHost.Pages.Policy;

/// <summary>The policy as commissioned: national documents, then each locality's differences, with their latest results.</summary>
// Policy is public: commissioners and the public read it without signing in.
[AllowAnonymous]
public sealed class IndexModel(PolicyDocuments documents) : PageModel
{
    public PolicyLibrary Library { get; private set; } = new([], [], null);

    public void OnGet() => Library = documents.Load();
}
