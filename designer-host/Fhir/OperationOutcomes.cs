using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Pathway.DesignerHost.Fhir;

/// <summary>FHIR answers: an OperationOutcome with one issue per problem, as application/fhir+json.</summary>
public static class OperationOutcomes
{
    public const string ContentType = "application/fhir+json";

    public static IResult Result(int status, OperationOutcome.IssueSeverity severity, IEnumerable<(OperationOutcome.IssueType Type, string Diagnostics, string? Expression)> issues)
    {
        var outcome = new OperationOutcome();
        foreach (var (type, diagnostics, expression) in issues)
        {
            var issue = new OperationOutcome.IssueComponent { Severity = severity, Code = type, Diagnostics = diagnostics };
            if (expression is not null)
                issue.Expression = [expression];
            outcome.Issue.Add(issue);
        }
        return TypedResults.Content(outcome.ToJson(), ContentType, statusCode: status);
    }

    public static IResult Error(int status, OperationOutcome.IssueType type, string diagnostics, string? expression = null) =>
        Result(status, OperationOutcome.IssueSeverity.Error, [(type, diagnostics, expression)]);
}
