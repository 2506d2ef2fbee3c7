using Mediator;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Assessments;

/// <summary>
/// Another discipline judges the assessment flawed and says why; it reopens for the assessor
/// as an ad-hoc task, so the record is revised by the one who made it, never silently redone.
/// </summary>
public sealed record ChallengeAssessment(Guid CaseId, string? Reason, Actor Actor) : ICommand<AssessmentReviewRecord>, ICaseScoped;

public sealed class ChallengeAssessmentHandler(PathwayDbContext db, TimeProvider clock) : ICommandHandler<ChallengeAssessment, AssessmentReviewRecord>
{
    public async ValueTask<AssessmentReviewRecord> Handle(ChallengeAssessment command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
            throw new Validation.FormInvalidException(new Dictionary<string, string[]> { ["reason"] = ["is required: say what is wrong with the assessment"] });
        var (latest, discipline) = await AssessmentReviews.OpenForReviewAsync(db, command.CaseId, command.Actor, cancellationToken);
        var caseRecord = await db.Cases.FindAsync([command.CaseId], cancellationToken) ?? throw new CaseNotFoundException(command.CaseId);
        var now = clock.GetUtcNow();
        // The review row needs the revision task's id: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var revision = new WorkTaskRecord
        {
            CaseId = command.CaseId,
            Name = "Revise the trusted assessment",
            Role = latest.Discipline,
            Owner = latest.AssessorId,
            Status = WorkTaskStatus.InProgress,
            Form = AssessmentJournalKinds.RevisionForm,
            Locality = caseRecord.Locality,
            Team = CaseVariables.Team(caseRecord),
            CreatedAt = now,
        };
        db.WorkTasks.Add(revision);
        await db.SaveChangesAsync(cancellationToken);
        var review = new AssessmentReviewRecord
        {
            CaseId = command.CaseId, AssessmentVersion = latest.Version, Accepted = false, Reason = command.Reason.Trim(),
            ReviewerId = command.Actor.Id, Discipline = discipline, At = now, RevisionTaskId = revision.Id,
        };
        db.AssessmentReviews.Add(review);
        await ReviewTasks.CompleteAsync(db, command.CaseId, command.Actor, now, cancellationToken);
        CaseJournal.Append(db, caseRecord, AssessmentJournalKinds.Challenged, command.Actor.Id, now, new Dictionary<string, object?>
        {
            ["version"] = latest.Version, ["by"] = command.Actor.Id, ["discipline"] = discipline, ["reason"] = review.Reason, ["revisionTask"] = revision.Id,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return review;
    }
}
