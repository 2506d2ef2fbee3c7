using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Designer;

/// <summary>
/// The pathway designer: every pathway version by locality, and the designer module opened on
/// the chosen one (or on the newest published national pathway when none is chosen).
/// </summary>
[Authorize(Policy = Policies.PathwayDesign)]
public sealed class IndexModel(PathwayDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool New { get; set; }

    public IReadOnlyList<DefinitionRecord> Versions { get; private set; } = [];
    public DefinitionRecord? Selected { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The XML column is large; the list needs only the identifying columns.
        Versions = await db.Definitions.AsNoTracking().Where(d => d.Kind == DefinitionKind.Pathway)
            .OrderBy(d => d.Key).ThenBy(d => d.Locality).ThenByDescending(d => d.Version)
            .Select(d => new DefinitionRecord
            {
                Id = d.Id, Kind = d.Kind, Key = d.Key, Locality = d.Locality, Version = d.Version, Status = d.Status,
                Content = "", ContentHash = d.ContentHash, CreatedAt = d.CreatedAt, PublishedAt = d.PublishedAt,
            })
            .ToListAsync(ct);
        if (!New)
            Selected = Id is { } id ? Versions.FirstOrDefault(v => v.Id == id) : Versions.FirstOrDefault(v => v.Status == DefinitionStatus.Published);
    }
}
