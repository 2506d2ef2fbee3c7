using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Mediator;
using Pathway.Cases.Localities;
using Pathway.Cases.Referrals;
using Pathway.Cases.Validation;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Fhir;

/// <summary>BaRS-style FHIR R4 intake: a message bundle starts a case or revokes one; every refusal is an OperationOutcome.</summary>
public static class FhirApi
{
    public static void MapFhirApi(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir").WithTags("FHIR").RequireAuthorization(Policies.CaseWork).AddEndpointFilter<AccessAuditFilter>();
        fhir.MapPost("/$process-message", ProcessAsync)
            .Accepts<string>(OperationOutcomes.ContentType, "application/json")
            .WithSummary("Process a BaRS servicerequest-request message: reason 'new' starts a case, 'update' with ServiceRequest 'revoked' cancels it");
    }

    private static async Task<IResult> ProcessAsync(HttpRequest request, IMediator mediator, IConfiguration configuration, PathwayDbContext db, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        Bundle bundle;
        try
        {
            bundle = new FhirJsonDeserializer().Deserialize<Bundle>(json);
        }
        // The parser fails in many ways (an array where a Bundle belongs throws its own kind): any of them means "not a Bundle".
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return OperationOutcomes.Error(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Structure,
                $"the body is not a FHIR R4 Bundle in JSON: {Shorten(ex.Message)}");
        }
        var actor = request.HttpContext.User.ToActor();
        try
        {
            var localities = (await db.AllLocalitiesAsync(ct)).Select(l => l.Code).ToList();
            var message = BarsMessageReader.Read(bundle, configuration["Pathway:Fhir:DefaultLocality"] ?? "north-shire", localities);
            if (message is NewReferral referral)
            {
                // A BaRS sender cannot be asked to confirm a known NHS number with other details; the case keeps what it said.
                var recorded = await mediator.Send(new RecordReferral(referral.Referral, "fhir", actor, referral.ServiceRequestId, KnownPerson: KnownPersonDifferences.RecordForReview), ct);
                AccessAuditFilter.ForCase(request.HttpContext, recorded.CaseId);
                request.HttpContext.Response.Headers.Location = $"/api/cases/{recorded.CaseId}";
                return recorded.AlreadyRecorded
                    ? OperationOutcomes.Result(StatusCodes.Status200OK, OperationOutcome.IssueSeverity.Information,
                        [(OperationOutcome.IssueType.Duplicate, $"referral {referral.ServiceRequestId} was already accepted as case {recorded.CaseId}", null)])
                    : OperationOutcomes.Result(StatusCodes.Status201Created, OperationOutcome.IssueSeverity.Information,
                        [(OperationOutcome.IssueType.Informational, $"referral {referral.ServiceRequestId} accepted as case {recorded.CaseId}", null)]);
            }
            var caseId = await mediator.Send(new RevokeReferral(message.ServiceRequestId, "referral revoked by the referrer", actor), ct);
            AccessAuditFilter.ForCase(request.HttpContext, caseId);
            return OperationOutcomes.Result(StatusCodes.Status200OK, OperationOutcome.IssueSeverity.Information,
                [(OperationOutcome.IssueType.Informational, $"referral {message.ServiceRequestId} revoked; case {caseId} cancelled", null)]);
        }
        catch (FhirRefusalException refusal)
        {
            return OperationOutcomes.Error(refusal.Status, refusal.Issue, refusal.Message, refusal.Expression);
        }
        catch (FormInvalidException invalid)
        {
            return OperationOutcomes.Result(StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueSeverity.Error,
                invalid.Errors.SelectMany(e => e.Value.Select(m => (OperationOutcome.IssueType.Invariant, $"{e.Key} {m}", (string?)e.Key))));
        }
        catch (CommandRejectedException rejected)
        {
            var status = rejected.Rejection switch
            {
                Rejection.NotFound => StatusCodes.Status404NotFound,
                Rejection.Conflict => StatusCodes.Status409Conflict,
                Rejection.Forbidden => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status422UnprocessableEntity,
            };
            return OperationOutcomes.Error(status, status == StatusCodes.Status409Conflict ? OperationOutcome.IssueType.Conflict : OperationOutcome.IssueType.BusinessRule,
                $"{rejected.Code}: {rejected.Detail}");
        }
    }

    private static string Shorten(string message) => message.Length > 600 ? message[..600] + "…" : message;
}
