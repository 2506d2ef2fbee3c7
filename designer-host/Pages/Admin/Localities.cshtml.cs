using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.Cases.Localities;
using Pathway.Cases.Validation;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Security;
using Pathway.DesignerHost.Policy;
using Pathway.Policy.Gate;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Admin;

/// <summary>
/// An administrator's list of localities, with a form to add one or change one (<c>?code=</c>), sending
/// the same commands as <c>/api/localities</c>.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class LocalitiesModel(PathwayDbContext db, IMediator mediator, LocalityPolicyChecks policy, PolicyJournal journal) : PageModel
{
    /// <summary>The form's inputs, in page order, which the error summary follows.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } = ["code", "name", "teams", "huddleDays"];

    public IReadOnlyList<Locality> Localities { get; private set; } = [];

    /// <summary>Localities just added whose policy is still being checked in the background.</summary>
    public IReadOnlySet<string> Checking { get; private set; } = new HashSet<string>();

    /// <summary>The locality being changed, or null when the form adds one.</summary>
    public Locality? Editing { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Teams { get; set; }
    [BindProperty] public List<string> HuddleDays { get; set; } = [];
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public bool Change { get; set; }

    [TempData] public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Code is not null)
        {
            Editing = Localities.FirstOrDefault(l => l.Code == Code);
            if (Editing is null)
                return NotFound();
            (Name, Teams, HuddleDays, Version) = (Editing.Name, string.Join(", ", Editing.Teams), [.. Editing.HuddleDays], Editing.Version);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var teams = (Teams ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var input = new LocalityInput(Code?.Trim(), Name, teams, HuddleDays, Version);
        var actor = User.ToActor();
        try
        {
            var saved = Change
                ? await mediator.Send(new ChangeLocality(Code ?? "", input, actor), ct)
                : await mediator.Send(new AddLocality(input, actor), ct);
            // A new locality runs the national definitions at once; its national specs run in the background.
            if (!Change)
                policy.Queue(saved.Code);
            Notice = Change ? $"{saved.Name} changed"
                : $"{saved.Name} added: it runs the national pathway and rules until it has its own. Its policy is being checked: see the Policy page";
            return RedirectToPage();
        }
        catch (FormInvalidException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                // teams[2] and huddleDays[0] belong to the one input that holds the list.
                var key = field.Split('[')[0];
                foreach (var message in messages)
                    ModelState.AddModelError(key, $"{Label(key)} {message}");
            }
        }
        catch (CommandRejectedException rejected)
        {
            ModelState.AddModelError(rejected.Code == LocalityErrorCodes.DuplicateCode ? "code" : "", $"{rejected.Detail} ({rejected.Code})");
        }
        await LoadAsync(ct);
        Editing = Change ? Localities.FirstOrDefault(l => l.Code == Code) : null;
        return Page();
    }

    public static string Label(string field) => field switch
    {
        "code" => "Code",
        "name" => "Name",
        "teams" => "Teams",
        "huddleDays" => "Huddle days",
        _ => field,
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        Localities = await db.AllLocalitiesAsync(ct);
        Checking = (await journal.AwaitingCheckAsync(ct)).Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
    }
}
