using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Assessments;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Assessments;

/// <summary>The trusted assessment of a case: read it, accept it, or challenge it with a reason.</summary>
public static class AssessmentsApi
{
    public static void MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var assessment = app.MapGroup("/api/cases/{id:guid}/assessment").WithTags("Assessments").RequireAuthorization(Policies.CaseWork).AddEndpointFilter<AccessAuditFilter>();
        assessment.MapGet("/", GetAsync).WithSummary("Every version of the case's trusted assessment with its reviews");
        assessment.MapPost("/accept", AcceptAsync).WithSummary("Another discipline accepts the latest assessment");
        assessment.MapPost("/challenge", ChallengeAsync).WithSummary("Another discipline challenges it with a reason; the assessor gets a revision task");
    }

    public sealed record AssessmentView(int Version, string AssessorId, string Discipline, DateTimeOffset RecordedAt, Dictionary<string, object?> Form);

    public sealed record AssessmentHistory(IReadOnlyList<AssessmentView> Versions, IReadOnlyList<AssessmentReviewRecord> Reviews);

    private static async Task<Ok<AssessmentHistory>> GetAsync(Guid id, PathwayDbContext db, CaseAccess access, HttpContext http, CancellationToken ct)
    {
        await access.EnsureAsync(http, id, ct);
        var versions = await db.Assessments.AsNoTracking().Where(a => a.CaseId == id).OrderBy(a => a.Version).ToListAsync(ct);
        var reviews = await db.AssessmentReviews.AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.Id).ToListAsync(ct);
        return TypedResults.Ok(new AssessmentHistory(
            versions.ConvertAll(a => new AssessmentView(a.Version, a.AssessorId, a.Discipline, a.RecordedAt, CaseStateJson.DeserializeData(a.FormJson))), reviews));
    }

    private static async Task<Ok<AssessmentReviewRecord>> AcceptAsync(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new AcceptAssessment(id, http.User.ToActor()), ct));

    public sealed record ChallengeRequest(string? Reason);

    private static async Task<Ok<AssessmentReviewRecord>> ChallengeAsync(Guid id, ChallengeRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ChallengeAssessment(id, request.Reason, http.User.ToActor()), ct));
}
