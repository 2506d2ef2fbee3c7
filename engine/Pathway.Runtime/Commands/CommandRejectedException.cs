namespace Pathway.Runtime.Commands;

/// <summary>A command refused before anything changed, with a stable code and the reason in plain words.</summary>
public sealed class CommandRejectedException(Rejection rejection, string code, string message) : Exception($"{code}: {message}")
{
    public Rejection Rejection { get; } = rejection;

    public string Code { get; } = code;

    public string Detail { get; } = message;
}

public enum Rejection
{
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}
