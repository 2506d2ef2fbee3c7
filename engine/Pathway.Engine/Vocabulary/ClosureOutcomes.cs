namespace Pathway.Engine.Vocabulary;

/// <summary>An outcome a case closes with: the value stored and measured, and the words a person reads.</summary>
public sealed record ClosureOutcome(string Id, string Label);

/// <summary>How a case can end for the person, defined once for the closing form, its validation, the simulator and the measures.</summary>
public static class ClosureOutcomes
{
    public const string AdmissionAvoided = "admission-avoided";
    public const string Admitted = "admitted";
    public const string DiedInPreferredPlace = "died-in-preferred-place";
    public const string ReferredOn = "referred-on";
    public const string DeclinedByPerson = "declined-by-person";

    public static readonly IReadOnlyList<ClosureOutcome> All =
    [
        new(AdmissionAvoided, "Admission avoided"),
        new(Admitted, "Admitted to hospital"),
        new(DiedInPreferredPlace, "Died in their preferred place"),
        new(ReferredOn, "Referred on to another service"),
        new(DeclinedByPerson, "Declined by the person"),
    ];

    public static readonly IReadOnlyList<string> Ids = [.. All.Select(o => o.Id)];
}
