using Hl7.Fhir.Model;
using Pathway.Cases.Referrals;

namespace Pathway.DesignerHost.Fhir;

/// <summary>
/// Reads a BaRS message bundle into a referral or a revocation, refusing (422) anything Pathway
/// cannot act on: another event, a missing ServiceRequest, Patient or Consent, a partial update.
/// </summary>
public static class BarsMessageReader
{
    public const string Event = "servicerequest-request";
    public const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";

    /// <param name="localities">The locality codes in the database; a Patient address district that is one of them names the locality.</param>
    public static BarsMessage Read(Bundle bundle, string defaultLocality, IReadOnlyCollection<string> localities)
    {
        if (bundle.Type != Bundle.BundleType.Message)
            throw FhirRefusalException.Unprocessable($"Bundle.type is '{bundle.Type}'; $process-message takes a message bundle (type 'message')", "Bundle.type");
        if (bundle.Entry.FirstOrDefault()?.Resource is not MessageHeader header)
            throw FhirRefusalException.Unprocessable("the first entry must be the MessageHeader", "Bundle.entry[0]", OperationOutcome.IssueType.Required);
        var eventCode = (header.Event as Coding)?.Code;
        if (eventCode != Event)
            throw FhirRefusalException.Unprocessable($"MessageHeader event '{eventCode}' is not supported here; send '{Event}'", "MessageHeader.eventCoding", OperationOutcome.IssueType.NotSupported);
        var request = header.Focus.Select(f => bundle.Resolve<ServiceRequest>(f)).FirstOrDefault(r => r is not null) ?? bundle.All<ServiceRequest>().FirstOrDefault()
            ?? throw FhirRefusalException.Unprocessable("the message has no ServiceRequest; MessageHeader.focus must reference one in the bundle", "MessageHeader.focus", OperationOutcome.IssueType.Required);
        var id = request.Identifier.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i.Value))?.Value ?? request.Id
            ?? throw FhirRefusalException.Unprocessable("the ServiceRequest has neither identifier nor id, so it could never be revoked; add an identifier", "ServiceRequest.identifier", OperationOutcome.IssueType.Required);
        var reason = header.Reason?.Coding.FirstOrDefault()?.Code;
        return reason switch
        {
            "new" => ReadNew(bundle, header, request, id, defaultLocality, localities),
            "update" when request.Status == RequestStatus.Revoked => new RevokedReferral(id),
            "update" => throw FhirRefusalException.Unprocessable(
                $"an update with ServiceRequest status '{request.Status}' is a partial update, which BaRS does not allow: revoke the referral and send a new one", "ServiceRequest.status"),
            _ => throw FhirRefusalException.Unprocessable($"MessageHeader reason '{reason}' is not known; use 'new' or 'update'", "MessageHeader.reason", OperationOutcome.IssueType.CodeInvalid),
        };
    }

    private static NewReferral ReadNew(Bundle bundle, MessageHeader header, ServiceRequest request, string id, string defaultLocality, IReadOnlyCollection<string> localities)
    {
        if (request.Status != RequestStatus.Active)
            throw FhirRefusalException.Unprocessable($"a new referral's ServiceRequest must be 'active', not '{request.Status}'", "ServiceRequest.status");
        var patient = bundle.Resolve<Patient>(request.Subject) ?? bundle.All<Patient>().FirstOrDefault()
            ?? throw FhirRefusalException.Unprocessable("the referral has no Patient; ServiceRequest.subject must reference one in the bundle", "ServiceRequest.subject", OperationOutcome.IssueType.Required);
        var consent = bundle.All<Consent>().FirstOrDefault()
            ?? throw FhirRefusalException.Unprocessable("Consent is mandatory in a BaRS referral; add a Consent resource", "Bundle.entry.resource.ofType(Consent)", OperationOutcome.IssueType.Required);
        var nhsNumber = patient.Identifier.FirstOrDefault(i => i.System == NhsNumberSystem)?.Value;
        var address = patient.Address.FirstOrDefault();
        var locality = address?.District is { } district && localities.Contains(district) ? district : defaultLocality;
        DateOnly? born = DateOnly.TryParse(patient.BirthDate, System.Globalization.CultureInfo.InvariantCulture, out var dob) ? dob : null;
        var name = patient.Name.FirstOrDefault() is { } n ? n.Text ?? string.Join(' ', n.Given.Append(n.Family).Where(p => !string.IsNullOrWhiteSpace(p))) : null;
        var safeguarding = bundle.All<Flag>()
            .Where(f => f.Status == Flag.FlagStatus.Active && Mentions(f, "safeguard"))
            .Select(f => f.Code?.Text ?? f.Code?.Coding.FirstOrDefault()?.Display ?? "safeguarding concern")
            .ToList();
        var person = new PersonDetails(nhsNumber, name, born, address?.PostalCode, locality, null);
        var referral = new Referral(
            person,
            SourceOf(header),
            NeedOf(request),
            FhirObservations.FrailtyScale(bundle),
            FhirObservations.News2(bundle),
            consent.Status == Consent.ConsentState.Active,
            request.Note.FirstOrDefault()?.Text,
            null,
            null,
            null,
            safeguarding,
            null,
            null,
            FhirObservations.Reablement(bundle));
        return new NewReferral(id, referral);
    }

    private static bool Mentions(Flag flag, string word) =>
        flag.Category.Concat(flag.Code is null ? [] : [flag.Code])
            .SelectMany(c => c.Coding.Select(x => x.Display ?? x.Code).Append(c.Text))
            .Any(t => t?.Contains(word, StringComparison.OrdinalIgnoreCase) == true);

    private static string NeedOf(ServiceRequest request)
    {
        var codes = request.ReasonCode.SelectMany(c => c.Coding.Select(x => x.Code).Append(c.Text)).Concat(request.Code?.Coding.Select(x => x.Code) ?? []);
        return codes.FirstOrDefault(c => c is not null && ReferralVocabulary.PresentingNeeds.Contains(c)) ?? "other";
    }

    private static string SourceOf(MessageHeader header)
    {
        var name = header.Source?.Name ?? "";
        return name.Contains("111", StringComparison.Ordinal) ? "111"
            : name.Contains("ambulance", StringComparison.OrdinalIgnoreCase) || name.Contains("999", StringComparison.Ordinal) || name.Contains("emergency", StringComparison.OrdinalIgnoreCase) ? "999-ambulance"
            : name.Contains("GP", StringComparison.Ordinal) ? "gp"
            : "other";
    }
}
