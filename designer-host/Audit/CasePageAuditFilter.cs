using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Pathway.DesignerHost.Pages.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Audit;

/// <summary>
/// The case pages show and change a person's record, so each request that reached the page
/// (one not refused or not found) is written to the access audit, as the API's filter does, with
/// the form sent and any reason given for opening the record. Asking for that reason opens nothing, so it is not written.
/// </summary>
public sealed class CasePageAuditFilter(PathwayDbContext db, TimeProvider clock) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not null || executed.Result is ForbidResult or NotFoundResult or ChallengeResult)
            return;
        var page = context.HandlerInstance as CaseModel;
        if (page is { AskingForReason: true })
            return;
        if (context.RouteData.Values["id"] is { } id && Guid.TryParse(id.ToString(), out var caseId))
            await AccessAuditFilter.RecordAsync(db, clock, context.HttpContext, caseId, executed.Result is RedirectToPageResult ? StatusCodes.Status302Found : StatusCodes.Status200OK,
                context.HandlerMethod?.Name, page?.AccessReason);
    }
}
