namespace Pathway.Runtime.Definitions.Kinds;

/// <summary>The readers write "what is wrong; what to do" in one message: split it so the designer shows the fix apart.</summary>
internal static class ProblemText
{
    public static DefinitionProblem Split(string code, string? element, int? line, string message)
    {
        var at = message.LastIndexOf("; ", StringComparison.Ordinal);
        return at < 0
            ? new DefinitionProblem(code, element, line, message, null)
            : new DefinitionProblem(code, element, line, message[..at], message[(at + 2)..]);
    }
}
