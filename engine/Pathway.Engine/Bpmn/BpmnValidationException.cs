namespace Pathway.Engine.Bpmn;

/// <summary>A BPMN file that is not an executable pathway; <see cref="Errors"/> lists every problem found.</summary>
public sealed class BpmnValidationException(string? source, IReadOnlyList<BpmnError> errors)
    : Exception(Describe(source, errors))
{
    public string? SourceName { get; } = source;

    public IReadOnlyList<BpmnError> Errors { get; } = errors;

    private static string Describe(string? source, IReadOnlyList<BpmnError> errors) =>
        $"{source ?? "the BPMN file"} is not an executable pathway ({errors.Count} error(s)):"
        + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
}
