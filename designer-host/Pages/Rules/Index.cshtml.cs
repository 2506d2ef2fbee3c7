using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pathway.DesignerHost.Definitions;
using Pathway.DesignerHost.Rules;
using Pathway.DesignerHost.Security;
using Pathway.Rules.Facts;
using Pathway.Rules.Validation;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Rules;

/// <summary>
/// The rules bench: every rule set by locality and version, the chosen version's rules in plain
/// English, and an editor to draft, check, try and publish (the rules-bench browser module).
/// </summary>
[Authorize(Policy = Policies.PathwayDesign)]
public sealed class IndexModel(PathwayDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    public IReadOnlyList<DefinitionGroup> Groups { get; private set; } = [];
    public DefinitionRecord? Selected { get; private set; }
    public IReadOnlyList<RuleView> SelectedRules { get; private set; } = [];

    /// <summary>What the editor starts with: the locality's draft when there is one, else the chosen version.</summary>
    public string EditorJson { get; private set; } = "";

    public bool EditingDraft { get; private set; }

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Rule conditions are full of quotes, ampersands and angle brackets; keep them readable in the editor (Razor encodes the HTML).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// What the rules table offers: the facts a condition may read (the same members the server's
    /// validator knows), and the roles and standards an output may name.
    /// </summary>
    public static string Vocabulary { get; } = JsonSerializer.Serialize(new
    {
        facts = CaseFactsSchema.Members.Select(m => new { name = m.Name, type = FactType(m.Type) }),
        roles = KnownValues.Roles.Order(StringComparer.Ordinal).Select(id => new { id, name = id }),
        standards = KnownValues.ResponseStandards,
    });

    private static string FactType(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(bool) => "boolean",
            var t when t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal) => "number",
            _ => "text",
        };

    /// <summary>A synthetic referral to try rules on; nothing here is a real person.</summary>
    public static string SampleReferral { get; } = JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["presentingNeed"] = "fall", ["age"] = 84, ["clinicalFrailtyScale"] = 6, ["news2Score"] = 2, ["setting"] = "own-home",
        ["carerStatus"] = "carer-unwell", ["hourOfDay"] = 10, ["dayOfWeek"] = "Tuesday", ["referralSource"] = "gp",
        ["longLie"] = false, ["selfNeglect"] = false, ["carerCrisis"] = true, ["multimorbidity"] = true,
    }, Indented);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await db.Definitions.AsNoTracking().Where(r => r.Kind == DefinitionKind.RuleSet).OrderBy(r => r.Key).ThenBy(r => r.Locality).ThenByDescending(r => r.Version).ToListAsync(ct);
        Groups = DefinitionGroup.Of(rows);
        Selected = Id is { } id ? rows.FirstOrDefault(r => r.Id == id) : null;
        if (Selected is null)
            return;
        SelectedRules = RuleView.Read(Selected.Content);
        var draft = Groups.First(g => g.Name == Selected.Key && g.Locality == Selected.Locality).Draft;
        EditingDraft = draft is not null;
        EditorJson = Pretty((draft ?? Selected).Content);
    }

    private static string Pretty(string json)
    {
        // Drafts are always well-formed JSON, but an older row might not re-indent: show it as stored.
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
