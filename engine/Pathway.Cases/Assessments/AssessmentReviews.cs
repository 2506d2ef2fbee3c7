using Microsoft.EntityFrameworkCore;
using Pathway.Cases.People;
using Pathway.Cases.Worklist;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Assessments;

/// <summary>
/// What accepting and challenging share: the latest version of a running case's assessment, reviewable
/// once by each person of another discipline, and not while a challenge is open. The case page asks
/// <see cref="WhyNotReviewAsync"/> before offering the buttons.
/// </summary>
public static class AssessmentReviews
{
    public static async Task<(AssessmentRecord Latest, string Discipline)> OpenForReviewAsync(PathwayDbContext db, Guid caseId, Actor actor, CancellationToken cancellationToken)
    {
        var (latest, discipline, refusal) = await CheckAsync(db, caseId, actor, cancellationToken);
        return refusal is null ? (latest!, discipline!) : throw refusal;
    }

    /// <summary>Why the actor may not accept or challenge the case's assessment now, or null when they may.</summary>
    public static async Task<CommandRejectedException?> WhyNotReviewAsync(PathwayDbContext db, Guid caseId, Actor actor, CancellationToken cancellationToken) =>
        (await CheckAsync(db, caseId, actor, cancellationToken)).Refusal;

    private static async Task<(AssessmentRecord? Latest, string? Discipline, CommandRejectedException? Refusal)> CheckAsync(
        PathwayDbContext db, Guid caseId, Actor actor, CancellationToken cancellationToken)
    {
        var latest = await db.Assessments.AsNoTracking().Where(a => a.CaseId == caseId).OrderByDescending(a => a.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
            return (null, null, new CommandRejectedException(Rejection.Conflict, "PW4098", "this case has no trusted assessment yet"));
        if (await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (CaseStatus?)c.Status).SingleOrDefaultAsync(cancellationToken) is not CaseStatus.Running)
            return (latest, null, new CommandRejectedException(Rejection.Conflict, WorklistErrorCodes.CaseEnded, "the case has ended, so its assessment is no longer reviewed"));
        var discipline = Disciplines.Of(actor);
        if (discipline is null)
            return (latest, null, new CommandRejectedException(Rejection.Forbidden, "PW4033", "only a clinician with a discipline may accept or challenge an assessment"));
        if (discipline == latest.Discipline)
            return (latest, discipline, new CommandRejectedException(Rejection.Conflict, "PW4099", $"the assessment was made by a {discipline}; another discipline reviews it"));
        if (await db.AssessmentReviews.AsNoTracking().AnyAsync(r => r.CaseId == caseId && r.AssessmentVersion == latest.Version && r.ReviewerId == actor.Id, cancellationToken))
            return (latest, discipline, new CommandRejectedException(Rejection.Conflict, WorklistErrorCodes.AlreadyReviewed, $"you have already reviewed version {latest.Version} of this assessment"));
        if (await OpenChallengeAsync(db, caseId, cancellationToken) is not null)
            return (latest, discipline, new CommandRejectedException(Rejection.Conflict, "PW4100", "the assessment is challenged and awaits its revision"));
        return (latest, discipline, null);
    }

    public static Task<AssessmentReviewRecord?> OpenChallengeAsync(PathwayDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.AssessmentReviews
            .Where(r => r.CaseId == caseId && !r.Accepted && r.RevisionTaskId != null)
            .Where(r => db.WorkTasks.Any(t => t.Id == r.RevisionTaskId && (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress)))
            .FirstOrDefaultAsync(cancellationToken);
}
