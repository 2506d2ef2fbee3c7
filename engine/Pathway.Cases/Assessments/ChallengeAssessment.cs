using Mediator;
using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Assessments;

/// <summary>
/// Another discipline judges the assessment flawed and says why; it reopens for the assessor
/// as an ad-hoc task, so the record is revised by the one who made it, never silently redone.
/// </summary>
public sealed record ChallengeAssessment(Guid CaseId, string? Reason, Actor Actor) : ICommand<AssessmentReviewRecord>, ICaseScoped;

public sealed class ChallengeAssessmentHandler(PathwayDbContext db, CaseRunner runner, TimeProvider clock) : ICommandHandler<ChallengeAssessment, AssessmentReviewRecord>
{
    public async ValueTask<AssessmentReviewRecord> Handle(ChallengeAssessment command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
            throw new Validation.FormInvalidException(new Dictionary<string, string[]> { ["reason"] = ["is required: say what is wrong with the assessment"] });
        var reason = command.Reason.Trim();
        AssessmentReviewRecord? review = null;
        WorkTaskRecord? revision = null;
        CaseRecord? caseRecord = null;
        await runner.WorkAsync(command.CaseId, async (record, ct) =>
        {
            var (latest, discipline) = await AssessmentReviews.OpenForReviewAsync(db, command.CaseId, command.Actor, ct);
            if (await AssessmentReviews.VerdictAsync(db, command.CaseId, latest.Version, discipline, ct) is { } earlier)
                throw AssessmentReviews.AlreadyReviewed(earlier);
            var now = clock.GetUtcNow();
            caseRecord = record;
            revision = new WorkTaskRecord
            {
                CaseId = command.CaseId,
                Name = "Revise the trusted assessment",
                Role = latest.Discipline,
                Owner = latest.AssessorId,
                Status = WorkTaskStatus.InProgress,
                Form = AssessmentJournalKinds.RevisionForm,
                Locality = record.Locality,
                Team = CaseVariables.Team(record),
                CreatedAt = now,
            };
            db.WorkTasks.Add(revision);
            await ReviewTasks.CompleteAsync(db, command.CaseId, command.Actor, now, ct);
            review = new AssessmentReviewRecord
            {
                CaseId = command.CaseId, AssessmentVersion = latest.Version, Accepted = false, Reason = reason,
                ReviewerId = command.Actor.Id, Discipline = discipline, At = now,
            };
            return review;
        }, cancellationToken, LinkAndSaveAsync);
        return review!;

        // The review and its journal line name the revision task, whose id the first save makes; both saves are one unit,
        // run by the group's writer, which does not cancel a save half-way.
        async Task LinkAndSaveAsync(DbContext context)
        {
            await context.SaveChangesAsync(acceptAllChangesOnSuccess: true, CancellationToken.None);
            review!.RevisionTaskId = revision!.Id;
            db.AssessmentReviews.Add(review);
            CaseJournal.Append(db, caseRecord!, AssessmentJournalKinds.Challenged, command.Actor.Id, review.At, new Dictionary<string, object?>
            {
                ["version"] = review.AssessmentVersion, ["by"] = command.Actor.Id, ["discipline"] = review.Discipline, ["reason"] = review.Reason, ["revisionTask"] = revision.Id,
            });
            await context.SaveChangesAsync(acceptAllChangesOnSuccess: false, CancellationToken.None);
        }
    }
}
