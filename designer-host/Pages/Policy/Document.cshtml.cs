using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.DesignerHost.Policy;

namespace Pathway.DesignerHost.Pages.Policy;

/// <summary>One policy document (a feature file) as a readable page, each scenario with its latest result.</summary>
// Policy is public: commissioners and the public read it without signing in.
[AllowAnonymous]
public sealed class DocumentModel(LivePolicy live) : PageModel
{
    public PolicyDocument Document { get; private set; } = null!;

    public string? LocalityName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string path, CancellationToken ct)
    {
        // Looked up among the published documents, never opened by the path given.
        var found = (await live.LoadAsync(ct)).Library.Find(path);
        if (found is null)
            return NotFound();
        Document = found;
        LocalityName = found.Folder.StartsWith(PolicyDocuments.LocalitiesFolder + "/", StringComparison.Ordinal)
            ? PolicyDocuments.LocalityName(found.Folder[(PolicyDocuments.LocalitiesFolder.Length + 1)..])
            : null;
        return Page();
    }
}
