using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Definitions;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Specs;

/// <summary>
/// The policy specs as files: every feature by locality and version, and the chosen one in an
/// editor that checks Gherkin and steps as it is typed, saves a draft, runs it against the
/// published definitions and publishes it through the gate (the spec-editor browser module).
/// Commissioners read every version, drafts too; only service designers save and publish.
/// </summary>
[Authorize(Policy = Policies.PathwayRead)]
public sealed class IndexModel(PathwayDbContext db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    public IReadOnlyList<DefinitionGroup> Groups { get; private set; } = [];
    public DefinitionRecord? Selected { get; private set; }

    /// <summary>The locality's draft of the chosen spec, when there is one: what the editor starts with.</summary>
    public DefinitionRecord? Draft { get; private set; }

    public string EditorText => (Draft ?? Selected)?.Content ?? "";

    public bool CanEdit { get; private set; }
    public bool CanRun { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await db.Definitions.AsNoTracking().Where(r => r.Kind == DefinitionKind.Spec).ToListAsync(ct);
        Groups = DefinitionGroup.Of(rows
            .OrderBy(r => r.Locality == Localities.National ? "" : r.Locality, StringComparer.Ordinal)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ThenByDescending(r => r.Version));
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.PathwayDesign)).Succeeded;
        CanRun = (await authorization.AuthorizeAsync(User, Policies.PolicyRun)).Succeeded;
        Selected = Id is { } id ? rows.FirstOrDefault(r => r.Id == id) : null;
        if (Selected is not null)
            Draft = Groups.First(g => g.Name == Selected.Key && g.Locality == Selected.Locality).Draft;
    }

    /// <summary>The problems a draft was saved with, as the editor shows them before the first check.</summary>
    public string DraftProblemsJson => Draft?.ProblemsJson ?? "[]";

    public static string StatusTag(DefinitionStatus status) => status switch
    {
        DefinitionStatus.Published => "nhsuk-tag--green",
        DefinitionStatus.Draft => "nhsuk-tag--yellow",
        _ => "nhsuk-tag--grey",
    };
}
