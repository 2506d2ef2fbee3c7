using Pathway.Cases.Validation;
using Pathway.Runtime.Commands;
using Pathway.Policy.Support;
using TechTalk.SpecFlow;

namespace Pathway.Policy.Steps;

/// <summary>What the engine refuses, and that it says why in terms of the record's content.</summary>
[Binding]
public sealed class RefusalSteps(CaseUnderTest theCase)
{
    // Refusals that are not about a missing field, by what the policy says.
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.OrdinalIgnoreCase)
    {
        ["another discipline must review the assessment"] = ApiErrors.SameDisciplineReview,
        ["the assessment is challenged and awaits its revision"] = ApiErrors.AssessmentAwaitsRevision,
        ["the window for an answer has passed"] = ApiErrors.HandoverNotAwaited,
    };

    [Then(@"it is refused because the (.+) is not recorded")]
    public void ThenRefusedForMissing(string detail)
    {
        var field = PolicyWords.Field(detail);
        var refusal = theCase.Refusal as FormInvalidException
            ?? throw new PolicyNotMetException($"expected it to be refused because the {detail} is not recorded, but {Describe(theCase.Refusal)}");
        Expect.That(refusal.Errors.Keys.Any(k => k == field || k.StartsWith(field + ".", StringComparison.Ordinal)),
            $"expected it to be refused because the {detail} is not recorded, but it was refused for: {string.Join(", ", refusal.Errors.Keys)}");
    }

    [Then(@"it is refused because (?!the .+ is not recorded$)(.+)")]
    public void ThenRefusedBecause(string reason)
    {
        var code = Reasons.TryGetValue(reason.Trim(), out var known) ? known : throw new ArgumentException($"no refusal known as '{reason}'");
        Expect.That(theCase.Refusal is CommandRejectedException { } rejected && rejected.Code == code,
            $"expected it to be refused because {reason}, but {Describe(theCase.Refusal)}");
    }

    [Then(@"it is accepted")]
    public void ThenAccepted() =>
        Expect.That(theCase.Refusal is null, $"expected it to be accepted, but {Describe(theCase.Refusal)}");

    private static string Describe(Exception? refusal) => refusal switch
    {
        null => "it was accepted",
        FormInvalidException invalid => $"it was refused: {string.Join("; ", invalid.Errors.Select(e => $"{e.Key} {string.Join(", ", e.Value)}"))}",
        CommandRejectedException rejected => $"it was refused: {rejected.Detail}",
        _ => $"it failed: {refusal.Message}",
    };
}
