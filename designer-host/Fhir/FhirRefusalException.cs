using Hl7.Fhir.Model;

namespace Pathway.DesignerHost.Fhir;

/// <summary>A message refused with the FHIR issue type, the status and where in the bundle the problem is.</summary>
public sealed class FhirRefusalException(int status, OperationOutcome.IssueType issue, string diagnostics, string? expression = null) : Exception(diagnostics)
{
    public int Status { get; } = status;
    public OperationOutcome.IssueType Issue { get; } = issue;
    public string? Expression { get; } = expression;

    public static FhirRefusalException Unprocessable(string diagnostics, string? expression = null, OperationOutcome.IssueType issue = OperationOutcome.IssueType.BusinessRule) =>
        new(StatusCodes.Status422UnprocessableEntity, issue, diagnostics, expression);
}
