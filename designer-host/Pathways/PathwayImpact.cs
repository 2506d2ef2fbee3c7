using Microsoft.AspNetCore.Authorization;
using Pathway.DesignerHost.Rules;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pathways;

/// <summary>
/// A pathway draft replayed over the past referrals of its locality, answered at once as a
/// rule-set draft's is (<see cref="PathwayDraftReplay"/>). A draft that does not load answers its
/// load errors, never a partial report.
/// </summary>
public static class PathwayImpact
{
    public static Task<IResult> ReportAsync(
        string key, string? locality, int? days, string? format,
        PathwayDbContext db, PathwayDraftReplay drafts, IAuthorizationService authorization,
        TimeProvider clock, HttpContext http, CancellationToken ct) =>
        RuleImpact.ReplayAsync(drafts, key, locality, days, format, db, authorization, clock, http, ct);
}
