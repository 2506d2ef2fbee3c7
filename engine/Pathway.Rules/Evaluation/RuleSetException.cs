using Pathway.Rules.Validation;

namespace Pathway.Rules.Evaluation;

/// <summary>
/// A rule set could not decide: not found, invalid, a bad variable or no rule fired. The
/// runtime turns it into an incident on the case, showing <see cref="Code"/> and the message.
/// </summary>
public sealed class RuleSetException : Exception
{
    public RuleSetException(string code, string message, IReadOnlyList<RuleSetError>? errors = null)
        : base($"{code}: {message}")
    {
        Code = code;
        Errors = errors ?? [];
    }

    public string Code { get; }
    public IReadOnlyList<RuleSetError> Errors { get; }
}
