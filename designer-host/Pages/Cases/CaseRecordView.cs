using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Huddles;
using Pathway.Cases.People;
using Pathway.Cases.Referrals;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>An MDT decision with what the huddle recorded.</summary>
public sealed record MdtDecisionView(MdtDecisionRecord Record, MdtDecision Decision);

/// <summary>Everything the case holds about the person and the work done, read once for the case page's record sections and timeline.</summary>
public sealed record CaseRecordView(
    Referral? Referral,
    ReferralRecord? ReferralRow,
    CasePerson? Person,
    IReadOnlyList<News2.Parameter> News2,
    IReadOnlyList<AssessmentRecord> Assessments,
    IReadOnlyList<AssessmentReviewRecord> Reviews,
    IReadOnlyList<MdtDecisionView> Mdt,
    IReadOnlyList<HandoverRecord> Handovers,
    CaseClosureRecord? Closure)
{
    public AssessmentRecord? LatestAssessment => Assessments.Count == 0 ? null : Assessments[^1];

    public static async Task<CaseRecordView> LoadAsync(PathwayDbContext db, Guid caseId, CasePerson? person, CancellationToken ct)
    {
        var referralRow = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.CaseId == caseId, ct);
        var referral = referralRow is null ? null : JsonSerializer.Deserialize<Referral>(referralRow.DetailsJson, CaseStateJson.Options);
        var news2 = referral?.Observations is { RespirationRate: not null, OxygenSaturation: not null, SystolicBloodPressure: not null, Pulse: not null, Temperature: not null } o
            ? Pathway.Cases.Referrals.News2.Breakdown(o) : [];
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.Version).ToListAsync(ct);
        var reviews = await db.AssessmentReviews.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.Id).ToListAsync(ct);
        var mdt = (await db.MdtDecisions.AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.Id).ToListAsync(ct))
            .Select(m => new MdtDecisionView(m, JsonSerializer.Deserialize<MdtDecision>(m.FormJson, CaseStateJson.Options)!)).ToList();
        var handovers = await db.Handovers.AsNoTracking().Where(h => h.CaseId == caseId).OrderBy(h => h.Id).ToListAsync(ct);
        var closure = await db.CaseClosures.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, ct);
        return new CaseRecordView(referral, referralRow, person, news2, assessments, reviews, mdt, handovers, closure);
    }
}
