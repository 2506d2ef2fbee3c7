using Microsoft.EntityFrameworkCore;
using Pathway.Cases.People;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Assessments;

/// <summary>What accepting and challenging share: the latest version, reviewable only by another discipline and not while a challenge is open.</summary>
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
        if (await OpenChallengeAsync(db, caseId, cancellationToken) is not null)
            throw new CommandRejectedException(Rejection.Conflict, ApiErrors.AssessmentAwaitsRevision, "the assessment is challenged and awaits its revision");
        return (latest, discipline);
    }

    public static Task<AssessmentReviewRecord?> OpenChallengeAsync(PathwayDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.AssessmentReviews
            .Where(r => r.CaseId == caseId && !r.Accepted && r.RevisionTaskId != null)
            .Where(r => db.WorkTasks.Any(t => t.Id == r.RevisionTaskId && (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress)))
            .FirstOrDefaultAsync(cancellationToken);
}
