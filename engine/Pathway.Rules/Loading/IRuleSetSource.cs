namespace Pathway.Rules.Loading;

/// <summary>
/// Where published rule set versions come from. Called on every evaluation, so an
/// implementation over a database should keep the published map in memory and refresh it
/// on publish; it is synchronous so a rule task can run inside the interpreter's step.
/// </summary>
public interface IRuleSetSource
{
    /// <summary>The published version for (name, locality), or null; locality null asks for national.</summary>
    RuleSetVersion? FindPublished(string name, string? locality);
}
