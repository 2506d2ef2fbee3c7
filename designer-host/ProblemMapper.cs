using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.People;
using Pathway.Cases.Validation;
using Pathway.Engine.Bpmn;
using Pathway.Engine.Errors;
using Pathway.Engine.Runtime;
using Pathway.Rules.Validation;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Rules;
using Pathway.Runtime.Storage;
using Pathway.Runtime.Definitions.Kinds;
using Pathway.Runtime.Telemetry;

namespace Pathway.DesignerHost;

/// <summary>
/// The one way a refusal leaves the host: the engine's exceptions, the endpoints' own refusals
/// (<see cref="Refuse"/>) and bare status codes all become problem details with a stable code
/// from the catalogues, and every one is logged with that code.
/// </summary>
public sealed class ProblemMapper(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>Every code the host can answer with, one entry per code (PW1xxx pathways, PW2xxx cases running, PW3xxx rules, PW4xxx requests).</summary>
    public static readonly IReadOnlyDictionary<string, ErrorEntry> Catalogue =
        ErrorCatalogue.Read(typeof(BpmnErrors), typeof(EngineErrors), typeof(RuleErrorCodes), typeof(ApiErrors), typeof(DefinitionErrorCodes), typeof(Operations.OperationsErrors))
            .ToDictionary(e => e.Code, StringComparer.Ordinal);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var outage = Operations.DatabaseOutage.Is(exception);
        if (outage)
            Operations.DatabaseOutage.DropPooledConnections();
        var (status, code, detail, extensions) = exception switch
        {
            FormInvalidException e => (0, ApiErrors.FormInvalid, e.Message, new Dictionary<string, object?> { ["errors"] = e.Errors }),
            KnownPersonDiffersException e => (0, ApiErrors.KnownPersonDiffers, e.Message,
                new Dictionary<string, object?>
                {
                    ["nhsNumber"] = e.NhsNumber, ["differences"] = e.Comparison.Differences, ["openCases"] = e.Comparison.OpenCases,
                    ["fix"] = "check the NHS number; if it is the same person, send the referral again with \"confirmKnownPerson\": true",
                }),
            CommandRejectedException e => (StatusOf(e.Code, StatusFor(e.Rejection)), e.Code, e.Detail, null),
            EngineException e => (StatusOf(e.Code, StatusCodes.Status409Conflict), e.Code, e.Detail, null),
            CaseNotFoundException e => (0, ApiErrors.CaseNotFound, e.Message, null),
            DefinitionNotFoundException e => (0, ApiErrors.DefinitionNotFound, e.Message, null),
            BpmnValidationException e => (StatusCodes.Status400BadRequest, e.Errors.Count > 0 ? e.Errors[0].Code : BpmnErrors.MalformedXml, e.Message,
                new Dictionary<string, object?> { ["errors"] = e.Errors.Select(x => new { x.Code, x.ElementId, x.Line, x.Message }) }),
            DefinitionNotWellFormedException e => (StatusCodes.Status400BadRequest, e.Problem.Code, e.Message,
                new Dictionary<string, object?> { ["problems"] = new[] { e.Problem }, ["errors"] = new[] { ElementError(e.Problem) } }),
            DefinitionNotPublishableException e => (0, DefinitionErrorCodes.NotPublishable, e.Message,
                new Dictionary<string, object?> { ["problems"] = e.Problems, ["errors"] = e.Problems.Select(ElementError) }),
            PolicyGateRefusedException e => (0, DefinitionErrorCodes.PolicyFails, e.Message,
                new Dictionary<string, object?> { ["scenariosRun"] = e.Verdict.ScenariosRun, ["failures"] = e.Verdict.Failures }),
            DefinitionConflictException e => (0, DefinitionErrorCodes.PublishConflict, e.Message,
                new Dictionary<string, object?> { ["publishedVersion"] = e.PublishedVersion, ["draftVersion"] = e.DraftVersion }),
            BadHttpRequestException e => (e.StatusCode, CodeFor(e.StatusCode), e.InnerException?.Message ?? e.Message, null),
            JsonException e => (0, ApiErrors.BodyNotJson, e.Message, null),
            _ when outage => (StatusCodes.Status503ServiceUnavailable, Operations.OperationsErrors.DatabaseUnavailable,
                "Nothing was saved; send the request again shortly.", null),
            // Commands decide inside their case's unit of work, so these mean a race the command did not foresee: still a conflict, never a 500.
            DbUpdateConcurrencyException => (0, ApiErrors.CaseBusy, "the record changed while this was being saved; reload it and try again", null),
            _ when StoreErrors.IsUniqueViolation(exception) => (0, ApiErrors.WrittenMeanwhile, "another request recorded the same thing first; reload to see it", null),
            _ => (-1, "", "", (Dictionary<string, object?>?)null),
        };
        if (status < 0)
            return false;
        status = status == 0 ? StatusOf(code, StatusCodes.Status400BadRequest) : status;
        httpContext.Response.StatusCode = status;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = TitleOf(code, status), Detail = detail, Extensions = { ["code"] = code } },
        };
        foreach (var (key, value) in extensions ?? [])
            context.ProblemDetails.Extensions[key] = value;
        return await problems.TryWriteAsync(context);
    }

    /// <summary>An endpoint's own refusal, with the status and title the catalogue gives its code.</summary>
    public static ProblemHttpResult Refuse(string code, string detail, IDictionary<string, object?>? extensions = null)
    {
        var status = StatusOf(code, StatusCodes.Status400BadRequest);
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = code };
        return TypedResults.Problem(detail, statusCode: status, title: TitleOf(code, status), extensions: all);
    }

    /// <summary>
    /// Runs on every problem body the host writes (this mapper's, the endpoints', the status-code
    /// pages' for a bare 401/403/404/405/415): gives a codeless refusal the code of its status, and logs it.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (problem.Extensions.TryGetValue("code", out var given) && given is string code)
        {
            if (string.IsNullOrEmpty(problem.Title) || problem.Title == ReasonPhrases.GetReasonPhrase(status))
                problem.Title = TitleOf(code, status);
        }
        else
        {
            code = CodeFor(status);
            if (code.Length > 0)
            {
                problem.Extensions["code"] = code;
                problem.Title = TitleOf(code, status);
            }
        }
        var http = context.HttpContext;
        var logger = http.RequestServices.GetRequiredService<ILogger<ProblemMapper>>();
        var level = status >= 500 ? LogLevel.Error : LogLevel.Information;
        using var caseScope = CaseOf(context) is { } caseId ? CaseLog.Begin(logger, caseId) : null;
        logger.Log(level, context.Exception, "{Method} {Path} refused {Status} {ErrorCode}: {Detail}",
            http.Request.Method, http.Request.Path.Value, status, code, problem.Detail);
    }

    /// <summary>The case a refusal is about: the one the command was working on, else the case in the address.</summary>
    private static Guid? CaseOf(ProblemDetailsContext context) =>
        CaseLog.Of(context.Exception)
        ?? (context.HttpContext.GetRouteValue("id") is string id && Guid.TryParse(id, out var caseId) ? caseId : null);

    private static int StatusOf(string code, int otherwise) =>
        Catalogue.TryGetValue(code, out var entry) && entry.Status > 0 ? entry.Status : otherwise;

    private static string TitleOf(string code, int status) =>
        Catalogue.TryGetValue(code, out var entry) ? entry.Title : ReasonPhrases.GetReasonPhrase(status);

    /// <summary>The code of a refusal known only by its status (the framework's own answers).</summary>
    private static string CodeFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => ApiErrors.NotSignedIn,
        StatusCodes.Status403Forbidden => ApiErrors.NotAllowed,
        StatusCodes.Status404NotFound => ApiErrors.NoSuchResource,
        StatusCodes.Status405MethodNotAllowed => ApiErrors.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => ApiErrors.RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ApiErrors.UnsupportedMediaType,
        >= 400 and < 500 => ApiErrors.RequestUnreadable,
        _ => "",
    };

    // The designer marks shapes from errors[].elementId; problems[] is the shared draft contract's shape.
    private static object ElementError(DefinitionProblem p) => new { p.Code, ElementId = p.Element, p.Line, Message = p.Fix is null ? p.Message : $"{p.Message}; {p.Fix}" };

    private static int StatusFor(Rejection rejection) => rejection switch
    {
        Rejection.Invalid => StatusCodes.Status400BadRequest,
        Rejection.NotFound => StatusCodes.Status404NotFound,
        Rejection.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status409Conflict,
    };
}
