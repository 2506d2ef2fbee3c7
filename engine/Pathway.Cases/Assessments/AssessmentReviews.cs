using Microsoft.EntityFrameworkCore;
using Pathway.Cases.People;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Assessments;

/// <summary>
/// What accepting and challenging share: the latest version, reviewable only by another
/// discipline, not while a challenge is open, and once per discipline and version. Read inside
/// the case's unit of work, so two verdicts racing on one version cannot both be recorded.
/// </summary>
internal static class AssessmentReviews
{
    public static async Task<(AssessmentRecord Latest, string Discipline)> OpenForReviewAsync(PathwayDbContext db, Guid caseId, Actor actor, CancellationToken cancellationToken)
    {
        var latest = await db.Assessments.AsNoTracking().Where(a => a.CaseId == caseId).OrderByDescending(a => a.Version).FirstOrDefaultAsync(cancellationToken)
            ?? throw new CommandRejectedException(Rejection.Conflict, ApiErrors.NoAssessmentYet, "this case has no trusted assessment yet");
        var discipline = Disciplines.Of(actor)
            ?? throw new CommandRejectedException(Rejection.Forbidden, ApiErrors.ReviewerWithoutDiscipline, "only a clinician with a discipline may accept or challenge an assessment");
        if (discipline == latest.Discipline)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.SameDisciplineReview, $"the assessment was made by a {discipline}; another discipline reviews it");
        if (await OpenChallengeAsync(db, caseId, cancellationToken) is { } open)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.AssessmentAwaitsRevision,
                $"the assessment was challenged by {open.ReviewerId} ({open.Discipline}) at {Moments.Show(open.At)} and awaits its revision");
        return (latest, discipline);
    }

    /// <summary>This discipline's verdict on the version, if it has given one.</summary>
    public static Task<AssessmentReviewRecord?> VerdictAsync(PathwayDbContext db, Guid caseId, int version, string discipline, CancellationToken cancellationToken) =>
        db.AssessmentReviews.AsNoTracking()
            .Where(r => r.CaseId == caseId && r.AssessmentVersion == version && r.Discipline == discipline)
            .OrderBy(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public static CommandRejectedException AlreadyReviewed(AssessmentReviewRecord earlier) => new(Rejection.Conflict, ApiErrors.AlreadyReviewed,
        $"version {earlier.AssessmentVersion} of the assessment was already {(earlier.Accepted ? "accepted" : "challenged")} by {earlier.ReviewerId} ({earlier.Discipline}) at {Moments.Show(earlier.At)}");

    public static Task<AssessmentReviewRecord?> OpenChallengeAsync(PathwayDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.AssessmentReviews.AsNoTracking()
            .Where(r => r.CaseId == caseId && !r.Accepted && r.RevisionTaskId != null)
            .Where(r => db.WorkTasks.Any(t => t.Id == r.RevisionTaskId && (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress)))
            .FirstOrDefaultAsync(cancellationToken);
}
