using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Handovers;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Handovers;

/// <summary>Handovers of a case, and the receiving service's answer to the open one.</summary>
public static class HandoversApi
{
    public static void MapHandoversApi(this IEndpointRouteBuilder app)
    {
        var handovers = app.MapGroup("/api/cases/{id:guid}/handovers").WithTags("Handovers").RequireAuthorization(Policies.CaseWork).AddEndpointFilter<AccessAuditFilter>();
        handovers.MapGet("/", ListAsync).WithSummary("The case's handovers, oldest first");
        handovers.MapPost("/response", RespondAsync).WithSummary("The receiving service accepts, or declines with a reason");
    }

    private static async Task<Ok<List<HandoverRecord>>> ListAsync(Guid id, PathwayDbContext db, CaseAccess access, HttpContext http, CancellationToken ct)
    {
        await access.EnsureAsync(http, id, ct);
        return TypedResults.Ok(await db.Handovers.AsNoTracking().Where(h => h.CaseId == id).OrderBy(h => h.Id).ToListAsync(ct));
    }

    public sealed record HandoverResponse(bool? Accepted, string? DeclineReason);

    private static async Task<Ok<CaseView>> RespondAsync(Guid id, HandoverResponse response, IMediator mediator, PathwayDbContext db, HttpContext http, CancellationToken ct)
    {
        await mediator.Send(new RespondToHandover(id, response.Accepted, response.DeclineReason, http.User.ToActor()), ct);
        return TypedResults.Ok((await CaseView.LoadAsync(db, id, ct))!);
    }
}
