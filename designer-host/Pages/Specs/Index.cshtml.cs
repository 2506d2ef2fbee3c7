using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Localities;
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
public sealed partial class IndexModel(PathwayDbContext db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    /// <summary>A feature file to start: its key and locality, when a designer asks for one that does not exist yet.</summary>
    [BindProperty(SupportsGet = true)]
    public string? NewKey { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? NewLocality { get; set; }

    /// <summary>The localities a new feature file may be for: national and every one served.</summary>
    public IReadOnlyList<(string Code, string Name)> LocalityChoices { get; private set; } = [];

    /// <summary>Set when the page starts a new feature file: the key and locality the first save creates.</summary>
    public (string Key, string Locality)? Starting { get; private set; }

    public string? NewKeyError { get; private set; }

    public IReadOnlyList<DefinitionGroup> Groups { get; private set; } = [];
    public DefinitionRecord? Selected { get; private set; }

    /// <summary>The locality's draft of the chosen spec, when there is one: what the editor starts with.</summary>
    public DefinitionRecord? Draft { get; private set; }

    public string EditorText => (Draft ?? Selected)?.Content ?? (Starting is { } starting ? Skeleton(starting.Locality) : "");

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
        LocalityChoices = [(Localities.National, "National"), .. (await db.AllLocalitiesAsync(ct)).Select(l => (l.Code, l.Name))];
        Selected = Id is { } id ? rows.FirstOrDefault(r => r.Id == id) : null;
        if (Selected is null && CanEdit && NewKey is not null)
            StartNew(rows);
        if (Selected is not null)
            Draft = Groups.First(g => g.Name == Selected.Key && g.Locality == Selected.Locality).Draft;
    }

    /// <summary>Opens the file if it exists; otherwise starts it from a skeleton the designer fills in, stored at the first save.</summary>
    private void StartNew(List<DefinitionRecord> rows)
    {
        var key = NewKey!.Trim();
        var locality = Localities.OrNational(NewLocality);
        if (!FileKey().IsMatch(key))
        {
            NewKeyError = "Name the file in lower case letters, digits and hyphens, for example 'housing-need'";
            return;
        }
        if (LocalityChoices.All(l => l.Code != locality))
        {
            NewKeyError = $"There is no locality '{locality}'";
            return;
        }
        Selected = rows.Where(r => r.Key == key && r.Locality == locality).OrderByDescending(r => r.Version).FirstOrDefault();
        if (Selected is null)
            Starting = (key, locality);
    }

    /// <summary>What a new feature file starts with: a feature and one scenario in the library's own steps.</summary>
    public string Skeleton(string locality) =>
        $"Feature: {(locality == Localities.National ? "National" : LocalityChoices.First(l => l.Code == locality).Name)}: what this policy says\n"
        + "  Say in plain words what this policy is for, and how it differs from national policy.\n\n"
        + "  Scenario: Describe one case the policy decides\n"
        + $"    Given a referral to the {(locality == Localities.National ? "national" : LocalityChoices.First(l => l.Code == locality).Name)} service\n"
        + "    And the referral says:\n"
        + "      | detail          | value                         |\n"
        + "      | presenting need | a fall without serious injury |\n"
        + "    When the referral is received\n"
        + "    Then the response standard is 2-hour\n";

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex FileKey();

    /// <summary>The problems a draft was saved with, as the editor shows them before the first check.</summary>
    public string DraftProblemsJson => Draft?.ProblemsJson ?? "[]";

    public static string StatusTag(DefinitionStatus status) => status switch
    {
        DefinitionStatus.Published => "nhsuk-tag--green",
        DefinitionStatus.Draft => "nhsuk-tag--yellow",
        _ => "nhsuk-tag--grey",
    };
}
