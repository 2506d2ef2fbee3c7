using Microsoft.AspNetCore.Authorization;
using Pathway.DesignerHost.Impact;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Rules;

/// <summary>
/// A rule-set draft replayed over the past referrals of its locality (a national draft: every
/// locality) before it is published, answered at once. Nothing is written. Example cases are
/// listed only for roles that may open people's records; commissioners see counts. The page
/// uses an impact run instead, which shows progress, can be cancelled and keeps its report.
/// </summary>
public static class RuleImpact
{
    public static async Task<IResult> ReportAsync(
        string name, string? locality, int? days, string? format,
        PathwayDbContext db, RuleSetDraftReplay drafts, IAuthorizationService authorization,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var prepared = await drafts.PrepareAsync(name, Localities.OrNational(locality), ct);
        if (prepared.Replay is not { } replay)
            return prepared.Refusal!;
        var to = clock.GetUtcNow();
        var past = await PastCases.ReadAsync(db, replay.CasesOf, to.AddDays(-(days ?? 90)), to, ct);
        var report = replay.Replay(past, null, ct);
        var seesPeople = await ImpactViewer.SeesPeopleAsync(authorization, http.User);
        if (!seesPeople)
            report = report.WithoutExamples();
        return format == "csv"
            ? TypedResults.Text(ImpactReportCsv.Write(report, seesPeople), "text/csv")
            : TypedResults.Ok(report);
    }
}
