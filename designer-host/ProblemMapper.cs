using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Pathway.Cases.Validation;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Definitions.Kinds;

namespace Pathway.DesignerHost;

/// <summary>
/// Turns the engine's refusals into problem-details answers with a stable code, so no bad
/// request becomes a 500 and every client sees the same codes the journal and logs show.
/// </summary>
public sealed class ProblemMapper(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, title, detail, extensions) = exception switch
        {
            FormInvalidException e => (StatusCodes.Status400BadRequest, FormInvalidException.Code, "The request is not valid", e.Message,
                new Dictionary<string, object?> { ["errors"] = e.Errors }),
            CommandRejectedException e => (StatusFor(e.Rejection), e.Code, TitleFor(e.Rejection), e.Detail, null),
            EngineException e => (StatusCodes.Status409Conflict, e.Code, "The case is not in a state for this", e.Detail, null),
            CaseNotFoundException e => (StatusCodes.Status404NotFound, "PW4041", "Not found", e.Message, null),
            DefinitionNotFoundException e => (StatusCodes.Status404NotFound, "PW4042", "Not found", e.Message, null),
            DefinitionNotWellFormedException e => (StatusCodes.Status400BadRequest, e.Problem.Code, "The definition does not parse", e.Message,
                new Dictionary<string, object?> { ["problems"] = new[] { e.Problem }, ["errors"] = new[] { ElementError(e.Problem) } }),
            DefinitionNotPublishableException e => (StatusCodes.Status422UnprocessableEntity, DefinitionErrorCodes.NotPublishable,
                "The definition has problems and cannot be published", e.Message,
                new Dictionary<string, object?> { ["problems"] = e.Problems, ["errors"] = e.Problems.Select(ElementError) }),
            PolicyGateRefusedException e => (StatusCodes.Status422UnprocessableEntity, DefinitionErrorCodes.PolicyFails,
                "Publishing would break policy", e.Message,
                new Dictionary<string, object?> { ["scenariosRun"] = e.Verdict.ScenariosRun, ["failures"] = e.Verdict.Failures }),
            DefinitionConflictException e => (StatusCodes.Status409Conflict, DefinitionErrorCodes.PublishConflict, "Someone else published first", e.Message,
                new Dictionary<string, object?> { ["publishedVersion"] = e.PublishedVersion, ["draftVersion"] = e.DraftVersion }),
            BadHttpRequestException e => (e.StatusCode, "PW4000", "The request could not be read", e.InnerException?.Message ?? e.Message, null),
            JsonException e => (StatusCodes.Status400BadRequest, "PW4001", "The request body is not valid JSON", e.Message, null),
            _ => (0, "", "", "", (Dictionary<string, object?>?)null),
        };
        if (status == 0)
            return false;
        httpContext.Response.StatusCode = status;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } },
        };
        foreach (var (key, value) in extensions ?? [])
            context.ProblemDetails.Extensions[key] = value;
        return await problems.TryWriteAsync(context);
    }

    // The designer marks shapes from errors[].elementId; problems[] is the shared draft contract's shape.
    private static object ElementError(DefinitionProblem p) => new { p.Code, ElementId = p.Element, p.Line, Message = p.Fix is null ? p.Message : $"{p.Message}; {p.Fix}" };

    private static int StatusFor(Rejection rejection) => rejection switch
    {
        Rejection.Invalid => StatusCodes.Status400BadRequest,
        Rejection.NotFound => StatusCodes.Status404NotFound,
        Rejection.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status409Conflict,
    };

    private static string TitleFor(Rejection rejection) => rejection switch
    {
        Rejection.Invalid => "The request is not valid",
        Rejection.NotFound => "Not found",
        Rejection.Forbidden => "Not allowed",
        _ => "Conflict with the current state",
    };
}
