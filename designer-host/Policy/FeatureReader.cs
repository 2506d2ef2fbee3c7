using Gherkin;
using Gherkin.Ast;

namespace Pathway.DesignerHost.Policy;

/// <summary>Turns one feature file's text into a policy document with each scenario's latest result.</summary>
public static class FeatureReader
{
    public static PolicyDocument Read(string text, string folder, string key, SpecResults results)
    {
        var feature = new Parser().Parse(new StringReader(text)).Feature
            ?? throw new InvalidDataException($"{key}.feature has no Feature");
        var background = feature.Children.OfType<Background>().FirstOrDefault();
        var scenarios = feature.Children.OfType<Scenario>()
            .Concat(feature.Children.OfType<Rule>().SelectMany(r => r.Children.OfType<Scenario>()))
            .Select(s => ReadScenario(s, folder, feature.Name, results))
            .ToList();
        return new PolicyDocument(key, folder, feature.Name, Paragraphs(feature.Description), Steps(background?.Steps), scenarios);
    }

    private static PolicyScenario ReadScenario(Scenario scenario, string folder, string feature, SpecResults results)
    {
        var examples = scenario.Examples
            .Where(e => e.TableHeader is not null)
            .Select(e =>
            {
                var header = Cells(e.TableHeader);
                var rows = e.TableBody.Select(row => Cells(row))
                    .Select(cells => new PolicyExampleRow(cells, results.Find(folder, feature, scenario.Name, header, cells)))
                    .ToList();
                return new PolicyExamples(e.Name, header, rows);
            })
            .ToList();
        var result = examples.Count == 0 ? results.Find(folder, feature, scenario.Name, null, null) : null;
        return new PolicyScenario(scenario.Name, Paragraphs(scenario.Description), Steps(scenario.Steps), examples, result);
    }

    private static List<PolicyStep> Steps(IEnumerable<Step>? steps) =>
        steps?.Select(s => new PolicyStep(s.Keyword.Trim(), s.Text, s.DataTable is { } table ? Table(table) : null)).ToList() ?? [];

    private static PolicyTable Table(DataTable table)
    {
        var rows = table.Rows.Select(Cells).ToList();
        return new PolicyTable(rows.Count > 0 ? rows[0] : [], rows.Skip(1).ToList<IReadOnlyList<string>>());
    }

    private static List<string> Cells(TableRow row) => row.Cells.Select(c => c.Value).ToList();

    /// <summary>A description's paragraphs: blank lines separate them; wrapped lines join.</summary>
    private static List<string> Paragraphs(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
            return [];
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in description.Split('\n').Select(l => l.Trim()))
        {
            // A "- " line starts its own paragraph so lists in descriptions stay readable.
            if (line.Length == 0 || line.StartsWith("- ", StringComparison.Ordinal))
                Flush();
            if (line.Length > 0)
                current.Add(line);
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
                paragraphs.Add(string.Join(' ', current));
            current.Clear();
        }
    }
}
