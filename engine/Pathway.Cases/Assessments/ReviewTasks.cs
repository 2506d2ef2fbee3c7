using Microsoft.EntityFrameworkCore;
using Pathway.Cases.People;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Assessments;

/// <summary>
/// Each version of a trusted assessment asks the team's other disciplines to accept or challenge it:
/// a review task on their worklist, done when one of them accepts or challenges that version.
/// </summary>
public static class ReviewTasks
{
    public const string Form = "trusted-assessment-review";
    public const string Name = "Review the trusted assessment";

    /// <summary>Offered to the team's clinicians; the review rule lets only another discipline than the assessor's answer it.</summary>
    public static void Offer(PathwayDbContext db, Guid caseId, string locality, string? team, DateTimeOffset now) =>
        db.WorkTasks.Add(new WorkTaskRecord
        {
            CaseId = caseId, Name = Name, Role = Disciplines.Clinician, Status = WorkTaskStatus.Ready, Form = Form,
            Locality = locality, Team = team, CreatedAt = now,
        });

    /// <summary>Marks the case's open review task done by the reviewer; saved with the review.</summary>
    public static async Task CompleteAsync(PathwayDbContext db, Guid caseId, Actor reviewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.WorkTasks
            .Where(t => t.CaseId == caseId && t.Form == Form && (t.Status == WorkTaskStatus.Ready || t.Status == WorkTaskStatus.InProgress))
            .ToListAsync(cancellationToken);
        foreach (var task in open)
        {
            task.Status = WorkTaskStatus.Completed;
            task.CompletedAt = now;
            task.CompletedBy = reviewer.Id;
            task.Revision++;
        }
    }

    public static CommandRejectedException? WhyNotWorkDirectly(WorkTaskRecord task) =>
        task.Form == Form
            ? new CommandRejectedException(Rejection.Invalid, ApiErrors.ReviewThroughAssessment,
                $"task {task.Id} is done by accepting or challenging the trusted assessment on the case page")
            : null;
}
