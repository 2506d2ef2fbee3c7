using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.DesignerHost.Measures;
using Pathway.DesignerHost.Security;
using Pathway.Measures.Export;
using Pathway.Measures.Projection;
using Pathway.Measures.Queries;

namespace Pathway.DesignerHost.Pages.Measures;

/// <summary>The measures dashboard: filters, then each measure's definition, chart and table. Aggregates only.</summary>
[Authorize(Policy = Policies.Reports)]
public sealed class IndexModel(ProjectionGate projection, MeasuresQuery measures) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Locality { get; set; }
    [BindProperty(SupportsGet = true)] public string? Team { get; set; }
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }
    [BindProperty(SupportsGet = true)] public string? Need { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public Dashboard Dashboard { get; private set; } = null!;
    public IReadOnlyList<MeasureView> Views { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await projection.CatchUpAsync(cancellationToken);
        var query = new MeasuresQueryParameters(Locality, Team, Source, Need, From, To);
        Dashboard = await measures.GetAsync(query.ToFilter(), cancellationToken);
        Views = MeasureViews.Build(Dashboard);
    }

    /// <summary>The current filters as a query string, for the CSV links.</summary>
    public string QueryString => Request.QueryString.Value ?? "";

    public static string ChartJson(ChartSpec spec) => JsonSerializer.Serialize(spec);

    /// <summary>Below this many cases a percentage swings on one person: the row says so.</summary>
    public const int LowNumbers = MeasureView.LowNumbers;

    /// <summary>
    /// Whether a row's rate rests on fewer than <see cref="LowNumbers"/> cases: the rows of a table
    /// with a percentage column, counted by its first "Referrals…" column; a row of none has no rate to caution about.
    /// </summary>
    public static bool IsLowNumbers(MeasureView view, IReadOnlyList<string> row)
    {
        if (!view.Headers.Contains("%"))
            return false;
        var counted = view.Headers.ToList().FindIndex(h => h.StartsWith("Referrals", StringComparison.Ordinal));
        return counted >= 0 && counted < row.Count
            && int.TryParse(row[counted], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < LowNumbers;
    }
}
