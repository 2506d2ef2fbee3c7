namespace Pathway.Runtime.Definitions;

public static class Localities
{
    /// <summary>The locality whose pathway and rules apply wherever a locality has no variation of its own.</summary>
    public const string National = "national";
}
