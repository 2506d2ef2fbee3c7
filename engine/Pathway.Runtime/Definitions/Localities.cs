namespace Pathway.Runtime.Definitions;

public static class Localities
{
    /// <summary>The locality whose pathway and rules apply wherever a locality has no variation of its own.</summary>
    public const string National = "national";

    /// <summary>The locality asked for, or national when none was given (absent or empty).</summary>
    public static string OrNational(string? locality) => string.IsNullOrWhiteSpace(locality) ? National : locality;
}
