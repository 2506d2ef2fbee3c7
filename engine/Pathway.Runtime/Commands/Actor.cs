namespace Pathway.Runtime.Commands;

/// <summary>Who asks: a signed-in person with their roles and teams, or the engine itself.</summary>
public sealed record Actor(string Id, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams)
{
    /// <summary>The engine acting on its own (a timer firing).</summary>
    public static Actor System { get; } = new("system", "Pathway", [], []);

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
