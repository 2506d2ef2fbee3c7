using Microsoft.EntityFrameworkCore;
using Pathway.Cases.People;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Assessments;

/// <summary>
/// What accepting and challenging share: the latest version of a running case's assessment,
/// reviewable only by another discipline, not while a challenge is open, and once per discipline
/// and version. The commands read it inside the case's unit of work, so two verdicts racing on one
/// version cannot both be recorded; the case page asks <see cref="WhyNotReviewAsync"/> before
/// offering the buttons.
/// </summary>
public static class AssessmentReviews
{
    public static async Task<(AssessmentRecord Latest, string Discipline)> OpenForReviewAsync(PathwayDbContext db, Guid caseId, Actor actor, CancellationToken cancellationToken)
    {
        var (latest, discipline, refusal) = await CheckAsync(db, caseId, actor, cancellationToken);
        return refusal is null ? (latest!, discipline!) : throw refusal;
    }

    /// <summary>Why the actor may not accept or challenge the case's assessment now, or null when they may.</summary>
    public static async Task<CommandRejectedException?> WhyNotReviewAsync(PathwayDbContext db, Guid caseId, Actor actor, CancellationToken cancellationToken)
    {
        var (latest, discipline, refusal) = await CheckAsync(db, caseId, actor, cancellationToken);
        if (refusal is not null)
            return refusal;
        return await VerdictAsync(db, caseId, latest!.Version, discipline!, cancellationToken) is { } earlier ? AlreadyReviewed(earlier) : null;
    }

    private static async Task<(AssessmentRecord? Latest, string? Discipline, CommandRejectedException? Refusal)> CheckAsync(
        PathwayDbContext db, Guid caseId, Actor actor, CancellationToken cancellationToken)
    {
        var latest = await db.Assessments.AsNoTracking().Where(a => a.CaseId == caseId).OrderByDescending(a => a.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
            return (null, null, new CommandRejectedException(Rejection.Conflict, ApiErrors.NoAssessmentYet, "this case has no trusted assessment yet"));
        if (await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (CaseStatus?)c.Status).SingleOrDefaultAsync(cancellationToken) is not CaseStatus.Running)
            return (latest, null, new CommandRejectedException(Rejection.Conflict, ApiErrors.CaseEnded, "the case has ended, so its assessment is no longer reviewed"));
        var discipline = Disciplines.Of(actor);
        if (discipline is null)
            return (latest, null, new CommandRejectedException(Rejection.Forbidden, ApiErrors.ReviewerWithoutDiscipline, "only a clinician with a discipline may accept or challenge an assessment"));
        if (discipline == latest.Discipline)
            return (latest, discipline, new CommandRejectedException(Rejection.Conflict, ApiErrors.SameDisciplineReview, $"the assessment was made by a {discipline}; another discipline reviews it"));
        if (await OpenChallengeAsync(db, caseId, cancellationToken) is { } open)
            return (latest, discipline, new CommandRejectedException(Rejection.Conflict, ApiErrors.AssessmentAwaitsRevision,
                $"the assessment was challenged by {open.ReviewerId} ({open.Discipline}) at {Moments.Show(open.At)} and awaits its revision"));
        return (latest, discipline, null);
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
