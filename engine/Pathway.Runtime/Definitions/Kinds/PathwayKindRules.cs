using Pathway.Engine.Bpmn;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Definitions.Kinds;

/// <summary>Pathways: BPMN checked by the engine's own reader; shipped in workflows/*.bpmn, national.</summary>
public sealed class PathwayKindRules(PublishedPathways publishedPathways) : IDefinitionKindRules
{
    public DefinitionKind Kind => DefinitionKind.Pathway;

    public IReadOnlyList<DefinitionProblem> Check(string key, string content)
    {
        var errors = BpmnReader.Validate(content);
        var problems = errors.Select(e => ProblemText.Split(e.Code, e.ElementId, e.Line, e.Message)).ToList();
        if (errors.FirstOrDefault(e => e.Code == BpmnErrors.MalformedXml) is { } malformed)
            throw new DefinitionNotWellFormedException(Kind, key, problems[errors.ToList().IndexOf(malformed)]);
        return problems;
    }

    public IEnumerable<ShippedDefinition> Shipped(PathwayRuntimeOptions options) =>
        options.WorkflowsPath is { } folder && Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.bpmn").Order(StringComparer.Ordinal)
                .Select(f => new ShippedDefinition(Path.GetFileNameWithoutExtension(f), Localities.National, File.ReadAllText(f), f))
            : [];

    /// <summary>Every locality falling back to the national version may now start on another one.</summary>
    public Task PublishedAsync(DefinitionRecord published, PathwayDbContext db, CancellationToken cancellationToken)
    {
        publishedPathways.Forget(published.Key);
        return Task.CompletedTask;
    }
}
