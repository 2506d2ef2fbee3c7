using Mediator;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Assessments;

/// <summary>
/// Another discipline accepts the trusted assessment as theirs, so nobody re-assesses. The same
/// reviewer accepting the same version again gets their earlier acceptance back.
/// </summary>
public sealed record AcceptAssessment(Guid CaseId, Actor Actor) : ICommand<AssessmentReviewRecord>, ICaseScoped;

public sealed class AcceptAssessmentHandler(PathwayDbContext db, CaseRunner runner, TimeProvider clock) : ICommandHandler<AcceptAssessment, AssessmentReviewRecord>
{
    public async ValueTask<AssessmentReviewRecord> Handle(AcceptAssessment command, CancellationToken cancellationToken) =>
        await runner.WorkAsync(command.CaseId, async (record, ct) =>
        {
            var (latest, discipline) = await AssessmentReviews.OpenForReviewAsync(db, command.CaseId, command.Actor, ct);
            if (await AssessmentReviews.VerdictAsync(db, command.CaseId, latest.Version, discipline, ct) is { } earlier)
                return earlier.Accepted && earlier.ReviewerId == command.Actor.Id ? earlier : throw AssessmentReviews.AlreadyReviewed(earlier);
            var now = clock.GetUtcNow();
            var review = new AssessmentReviewRecord
            {
                CaseId = command.CaseId, AssessmentVersion = latest.Version, Accepted = true, ReviewerId = command.Actor.Id, Discipline = discipline, At = now,
            };
            db.AssessmentReviews.Add(review);
            await ReviewTasks.CompleteAsync(db, command.CaseId, command.Actor, now, ct);
            CaseJournal.Append(db, record, AssessmentJournalKinds.Accepted, command.Actor.Id, now,
                new Dictionary<string, object?> { ["version"] = latest.Version, ["by"] = command.Actor.Id, ["discipline"] = discipline });
            return review;
        }, cancellationToken);
}
