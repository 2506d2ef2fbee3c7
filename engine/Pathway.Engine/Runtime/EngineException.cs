namespace Pathway.Engine.Runtime;

/// <summary>
/// A command that does not fit the case as it stands (a task already completed, a message
/// nobody waits for). Carries a stable code; nothing is changed when it is thrown.
/// </summary>
public sealed class EngineException(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;

    public string Detail { get; } = message;
}
