using Mediator;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Assessments;

/// <summary>Another discipline accepts the trusted assessment as theirs, so nobody re-assesses.</summary>
public sealed record AcceptAssessment(Guid CaseId, Actor Actor) : ICommand<AssessmentReviewRecord>, ICaseScoped;

public sealed class AcceptAssessmentHandler(PathwayDbContext db, TimeProvider clock) : ICommandHandler<AcceptAssessment, AssessmentReviewRecord>
{
    public async ValueTask<AssessmentReviewRecord> Handle(AcceptAssessment command, CancellationToken cancellationToken)
    {
        var (latest, discipline) = await AssessmentReviews.OpenForReviewAsync(db, command.CaseId, command.Actor, cancellationToken);
        var now = clock.GetUtcNow();
        var review = new AssessmentReviewRecord
        {
            CaseId = command.CaseId, AssessmentVersion = latest.Version, Accepted = true, ReviewerId = command.Actor.Id, Discipline = discipline, At = now,
        };
        db.AssessmentReviews.Add(review);
        await ReviewTasks.CompleteAsync(db, command.CaseId, command.Actor, now, cancellationToken);
        await CaseJournal.AppendAsync(db, command.CaseId, AssessmentJournalKinds.Accepted, command.Actor.Id, now,
            new Dictionary<string, object?> { ["version"] = latest.Version, ["by"] = command.Actor.Id, ["discipline"] = discipline }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }
}
