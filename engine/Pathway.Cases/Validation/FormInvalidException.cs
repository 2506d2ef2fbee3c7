using Pathway.Runtime.Commands;

namespace Pathway.Cases.Validation;

/// <summary>A request or form refused before anything changed: each field with what is wrong and how to fix it.</summary>
public sealed class FormInvalidException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The request is not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public const string Code = ApiErrors.FormInvalid;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
