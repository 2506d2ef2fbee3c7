using System.Reflection;
using System.Text.RegularExpressions;
using Pathway.DesignerHost;
using Pathway.Engine.Errors;
using Pathway.Testing;

namespace Pathway.Host.Tests;

/// <summary>Every PWxxxx code is defined once, in its range's catalogue, with one meaning.</summary>
public sealed partial class ErrorCatalogueTests
{
    private static readonly Assembly[] PathwayAssemblies =
    [
        typeof(Pathway.Engine.Bpmn.BpmnErrors).Assembly, typeof(Pathway.Rules.Validation.RuleErrorCodes).Assembly,
        typeof(Pathway.Runtime.Commands.ApiErrors).Assembly, typeof(Pathway.Cases.Validation.FormInvalidException).Assembly,
        typeof(Pathway.Measures.Definitions.MeasureDefinitions).Assembly, typeof(ProblemMapper).Assembly,
    ];

    [Fact]
    public void EveryCatalogueCode_IsDefinedOnce_WithItsOwnTitle()
    {
        var entries = ProblemMapper.Catalogue.Values.ToList();
        var all = ErrorCatalogue.Read([.. entries.Select(e => e.Catalogue).Distinct()]);
        Assert.Empty(all.GroupBy(e => e.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Name))}"));
        Assert.Empty(all.GroupBy(e => e.Title).Where(g => g.Count() > 1).Select(g => $"'{g.Key}': {string.Join(", ", g.Select(e => e.Code))}"));
        Assert.All(all, e => Assert.Matches(CodeShape(), e.Code));
        Assert.All(all, e => Assert.False(string.IsNullOrWhiteSpace(e.Title), e.Code));
    }

    [Fact]
    public void EachCatalogue_HoldsOnlyItsOwnRange_AndApiRefusalsHaveAStatus()
    {
        foreach (var group in ProblemMapper.Catalogue.Values.GroupBy(e => e.Catalogue))
            Assert.Single(group.Select(e => e.Code[2]).Distinct());
        Assert.All(ProblemMapper.Catalogue.Values.Where(e => e.Code.StartsWith("PW4", StringComparison.Ordinal)),
            e => Assert.InRange(e.Status, 400, 499));
    }

    [Fact]
    public void EveryCodeConstantInTheProduct_IsACatalogueCode()
    {
        // A constant elsewhere may name a catalogue code, never define one the catalogue lacks.
        var strays = from assembly in PathwayAssemblies
                     from type in assembly.GetTypes()
                     from field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                     where field.IsLiteral && field.FieldType == typeof(string)
                     let value = (string)field.GetRawConstantValue()!
                     where CodeShape().IsMatch(value) && !ProblemMapper.Catalogue.ContainsKey(value)
                     select $"{type.FullName}.{field.Name} = {value}";
        Assert.Empty(strays);
    }

    [Fact]
    public void NoCodeLiteral_AppearsInProductSourceOutsideTheCatalogues()
    {
        var catalogueFiles = ProblemMapper.Catalogue.Values.Select(e => e.Catalogue.Name + ".cs").ToHashSet(StringComparer.Ordinal);
        var literals = from line in ProductSource.Lines("engine", "designer-host", "tools", "specs", "bench")
                       where !catalogueFiles.Contains(Path.GetFileName(line.Path))
                           && CodeLiteral().IsMatch(line.Text) && !IsComment(line.Text)
                       // The designer's lint rules name the reader's own codes, so their problems group with the
                       // server's: a browser module may name a catalogue code, never one the catalogue lacks.
                       where !line.Path.EndsWith(".ts", StringComparison.Ordinal)
                           || CodeLiteral().Matches(line.Text).Any(m => !ProblemMapper.Catalogue.ContainsKey(m.Value.TrimStart('"', '\'', '`')))
                       select $"{line.Path}:{line.Number}: {line.Text.Trim()}";
        Assert.Empty(literals);
    }

    [Fact]
    public void EveryCommandRefusal_HasTheStatusItsCodeIsCatalogued_With()
    {
        // The throw site says what kind of refusal it is; the catalogue must agree, so a code keeps one meaning.
        var statusOf = new Dictionary<string, int>(StringComparer.Ordinal) { ["Invalid"] = 400, ["NotFound"] = 404, ["Forbidden"] = 403, ["Conflict"] = 409 };
        var apiErrors = ProblemMapper.Catalogue.Values.Where(e => e.Catalogue == typeof(Pathway.Runtime.Commands.ApiErrors)).ToDictionary(e => e.Name, StringComparer.Ordinal);
        var refusals = (from folder in new[] { "engine", "designer-host" }
                        from file in Directory.EnumerateFiles(Repository.Combine(folder), "*.cs", SearchOption.AllDirectories)
                        where !file.Contains("/obj/", StringComparison.Ordinal)
                        from match in CommandRefusal().Matches(File.ReadAllText(file))
                        select (File: Path.GetFileName(file), Rejection: match.Groups[1].Value, Name: match.Groups[2].Value)).ToList();
        Assert.NotEmpty(refusals);
        var disagreeing = refusals.Where(r => !apiErrors.TryGetValue(r.Name, out var entry) || entry.Status != statusOf[r.Rejection])
            .Select(r => $"{r.File}: Rejection.{r.Rejection} with ApiErrors.{r.Name}");
        Assert.Empty(disagreeing);
    }

    [GeneratedRegex(@"CommandRejectedException\(\s*Rejection\.(\w+),\s*ApiErrors\.(\w+)")]
    private static partial Regex CommandRefusal();

    private static bool IsComment(string line) =>
        line.TrimStart() is var text && (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("/*", StringComparison.Ordinal) || text.StartsWith('*'));

    [GeneratedRegex(@"^PW\d{4}$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"[""'`]PW\d{4}")]
    private static partial Regex CodeLiteral();
}
