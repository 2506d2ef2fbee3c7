namespace Pathway.Engine.Errors;

/// <summary>
/// Describes one stable error code in a catalogue (a static class of <c>const string</c> codes):
/// the title every client shows and, for a refused API request, its HTTP status.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class ErrorAttribute(string title) : Attribute
{
    public string Title { get; } = title;

    /// <summary>The HTTP status of a refusal with this code; 0 where the code is not an API refusal of its own.</summary>
    public int Status { get; init; }
}
