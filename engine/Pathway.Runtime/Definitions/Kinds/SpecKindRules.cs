using Gherkin;
using Gherkin.Ast;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Definitions.Kinds;

/// <summary>
/// Policy specs: Gherkin features, national (specs/national) and per locality
/// (specs/localities/&lt;code&gt;). Syntax is checked here; whether each step binds is asked of
/// the step library when one is registered, so an unknown step is a problem on its line.
/// </summary>
public sealed class SpecKindRules(IEnumerable<ISpecStepBinder> binders) : IDefinitionKindRules
{
    public DefinitionKind Kind => DefinitionKind.Spec;

    public IReadOnlyList<DefinitionProblem> Check(string key, string content)
    {
        var feature = Parse(key, content);
        var binder = binders.FirstOrDefault();
        if (binder is null)
            return [];
        var steps = feature.Children.SelectMany(StepsOf);
        return steps.Select(s => binder.Bind(s.Keyword.Trim(), s.Text) is null
                ? new DefinitionProblem(DefinitionErrorCodes.UnknownStep, s.Text, (int)s.Location.Line,
                    $"no step definition matches '{s.Keyword.Trim()} {s.Text}'", "use a step the policy library knows (the editor lists them), or ask a developer to add one")
                : null)
            .OfType<DefinitionProblem>()
            .ToList();
    }

    /// <summary>Parses a feature or throws naming the first line Gherkin could not read.</summary>
    public Feature Parse(string key, string content)
    {
        GherkinDocument document;
        try
        {
            document = new Parser().Parse(new StringReader(content));
        }
        catch (CompositeParserException e)
        {
            var first = e.Errors.First();
            throw new DefinitionNotWellFormedException(Kind, key, new DefinitionProblem(DefinitionErrorCodes.SpecSyntax, null,
                (int?)first.Location?.Line, first.Message, "fix the Gherkin on that line (a keyword, indentation or table cell)"));
        }
        catch (ParserException e)
        {
            throw new DefinitionNotWellFormedException(Kind, key, new DefinitionProblem(DefinitionErrorCodes.SpecSyntax, null,
                (int?)e.Location?.Line, e.Message, "fix the Gherkin on that line"));
        }
        return document.Feature ?? throw new DefinitionNotWellFormedException(Kind, key,
            new DefinitionProblem(DefinitionErrorCodes.SpecHasNoFeature, null, 1, "the file has no Feature", "start the file with 'Feature: <name>'"));
    }

    private static IEnumerable<Step> StepsOf(IHasLocation child) => child switch
    {
        Background b => b.Steps,
        Scenario s => s.Steps,
        Rule r => r.Children.SelectMany(StepsOf),
        _ => [],
    };

    public IEnumerable<ShippedDefinition> Shipped(PathwayRuntimeOptions options)
    {
        if (options.SpecsPath is not { } folder)
            yield break;
        foreach (var file in Features(Path.Combine(folder, "national")))
            yield return new ShippedDefinition(Path.GetFileNameWithoutExtension(file), Localities.National, File.ReadAllText(file), file);
        var localities = Path.Combine(folder, "localities");
        if (!Directory.Exists(localities))
            yield break;
        foreach (var dir in Directory.GetDirectories(localities).Order(StringComparer.Ordinal))
            foreach (var file in Features(dir))
                yield return new ShippedDefinition(Path.GetFileNameWithoutExtension(file), Path.GetFileName(dir), File.ReadAllText(file), file);
    }

    /// <summary>Specs change no running case; the policy library reads them from the store at each run.</summary>
    public Task PublishedAsync(DefinitionRecord published, PathwayDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    private static IEnumerable<string> Features(string dir) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir, "*.feature").Order(StringComparer.Ordinal) : [];
}

/// <summary>The step library's answer to "does this step bind?": the step definition it matched, or null.</summary>
public interface ISpecStepBinder
{
    string? Bind(string keyword, string text);
}
