using Gherkin.Ast;
using Pathway.Runtime.Definitions.Kinds;
using Pathway.Runtime.Storage;
using TechTalk.SpecFlow;
using TechTalk.SpecFlow.Bindings;

namespace Pathway.Policy.Running;

/// <summary>A scenario ready to run: an outline's example row filled in, and the background's steps first.</summary>
public sealed record PolicyScenario(string SpecKey, string SpecLocality, int SpecVersion, string Feature, string Name,
    IReadOnlyDictionary<string, string>? Example, IReadOnlyList<PolicyStep> Steps);

/// <summary>One step with the type it takes ("And" resolved), its words, its table and its line.</summary>
public sealed record PolicyStep(StepDefinitionType Type, string Keyword, string Text, Table? Table, int Line)
{
    public override string ToString() => $"{Keyword} {Text}";
}

/// <summary>Reads a spec version's feature into runnable scenarios.</summary>
public static class PolicyScenarios
{
    public static IReadOnlyList<PolicyScenario> Read(DefinitionRecord spec, SpecKindRules specs)
    {
        var feature = specs.Parse(spec.Key, spec.Content);
        var scenarios = new List<PolicyScenario>();
        var background = feature.Children.OfType<Background>().SelectMany(b => b.Steps).ToList();
        foreach (var child in feature.Children)
        {
            if (child is Scenario scenario)
                scenarios.AddRange(Expand(spec, feature.Name, scenario, background));
            else if (child is Rule rule)
            {
                var ruleBackground = background.Concat(rule.Children.OfType<Background>().SelectMany(b => b.Steps)).ToList();
                foreach (var inRule in rule.Children.OfType<Scenario>())
                    scenarios.AddRange(Expand(spec, feature.Name, inRule, ruleBackground));
            }
        }
        return scenarios;
    }

    private static IEnumerable<PolicyScenario> Expand(DefinitionRecord spec, string feature, Scenario scenario, IReadOnlyList<Step> background)
    {
        var examples = scenario.Examples.Where(e => e.TableHeader is not null).ToList();
        if (examples.Count == 0)
        {
            yield return new PolicyScenario(spec.Key, spec.Locality, spec.Version, feature, scenario.Name, null, Steps(background.Concat(scenario.Steps), null));
            yield break;
        }
        foreach (var table in examples)
        {
            var header = table.TableHeader.Cells.Select(c => c.Value).ToList();
            foreach (var row in table.TableBody)
            {
                var values = header.Zip(row.Cells.Select(c => c.Value)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
                yield return new PolicyScenario(spec.Key, spec.Locality, spec.Version, feature, scenario.Name, values, Steps(background.Concat(scenario.Steps), values));
            }
        }
    }

    private static List<PolicyStep> Steps(IEnumerable<Step> steps, IReadOnlyDictionary<string, string>? example)
    {
        var result = new List<PolicyStep>();
        var type = StepDefinitionType.Given;
        foreach (var step in steps)
        {
            type = KeywordTypes.From(step.Keyword) ?? type;
            result.Add(new PolicyStep(type, step.Keyword.Trim(), Fill(step.Text, example), TableOf(step.DataTable, example), (int)step.Location.Line));
        }
        return result;
    }

    private static Table? TableOf(DataTable? data, IReadOnlyDictionary<string, string>? example)
    {
        if (data is null)
            return null;
        var rows = data.Rows.Select(r => r.Cells.Select(c => Fill(c.Value, example)).ToArray()).ToList();
        var table = new Table(rows[0]);
        foreach (var row in rows.Skip(1))
            table.AddRow(row);
        return table;
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string>? example) =>
        example is null ? text : example.Aggregate(text, (t, p) => t.Replace($"<{p.Key}>", p.Value, StringComparison.Ordinal));
}
