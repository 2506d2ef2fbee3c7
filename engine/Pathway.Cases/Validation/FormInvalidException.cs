namespace Pathway.Cases.Validation;

/// <summary>A request or form refused before anything changed: each field with what is wrong and how to fix it (code PW4220, ApiErrors.FormInvalid).</summary>
public sealed class FormInvalidException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The request is not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
