using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Definitions.Kinds;

/// <summary>
/// What differs between the kinds of definition: how content is checked and where the shipped
/// files are. Everything else (versions, drafts, publishing, roll-back) is the one store.
/// </summary>
public interface IDefinitionKindRules
{
    DefinitionKind Kind { get; }

    /// <summary>
    /// Every problem with the content; empty means it may be published. Throws
    /// <see cref="DefinitionNotWellFormedException"/> when the content does not even parse.
    /// </summary>
    IReadOnlyList<DefinitionProblem> Check(string key, string content);

    /// <summary>The shipped files that seed version 1 of this kind.</summary>
    IEnumerable<ShippedDefinition> Shipped(PathwayRuntimeOptions options);

    /// <summary>Brings what the running engine holds in memory up to date after a publish.</summary>
    Task PublishedAsync(DefinitionRecord published, PathwayDbContext db, CancellationToken cancellationToken);
}

/// <summary>A definition file in the repository: what it is and what it holds.</summary>
public sealed record ShippedDefinition(string Key, string Locality, string Content, string File);

/// <summary>Content that is not XML, JSON or Gherkin at all: refused even as a draft, naming the line.</summary>
public sealed class DefinitionNotWellFormedException(DefinitionKind kind, string key, DefinitionProblem problem)
    : Exception($"{kind} '{key}' does not parse: {problem.Code}{(problem.Line is { } line ? $" (line {line})" : "")}: {problem.Message}")
{
    public DefinitionKind Kind { get; } = kind;

    public DefinitionProblem Problem { get; } = problem;
}
