using Pathway.Rules.Loading;

namespace Pathway.Rules.Tests.Loading;

/// <summary>RulesEngine's own sample files: each loads or is refused with a clear error, never an unhandled exception.</summary>
public class CorpusTests
{
    private static readonly string? Corpus = Repository.Above(Path.Combine("shared", "corpus", "rulesengine"));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Corpus is null ? [] : Directory.GetFiles(Corpus, "*.json").Order(StringComparer.Ordinal).ToArray())
            if (!Path.GetFileName(file).StartsWith("schema-", StringComparison.Ordinal))
                data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void Corpus_IsFound() => Assert.True(Corpus is not null, "shared/corpus/rulesengine not found above the test assembly");

    [Theory]
    [MemberData(nameof(Files))]
    public void CheckWorkflowFile_CorpusFile_LoadsOrClearlyRefused(string file)
    {
        var check = RuleSetLoader.CheckWorkflowFile(File.ReadAllText(Path.Combine(Corpus!, file)), file);

        Assert.All(check.Errors, e =>
        {
            Assert.Matches("^PW3[0-9]{3}$", e.Code);
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        });
    }

    [Theory]
    [InlineData("Discount.json")]
    [InlineData("rules1.json")]
    [InlineData("rules7.json")]
    public void CheckWorkflowFile_TypesInferable_CompiledAndLoads(string file)
    {
        var check = RuleSetLoader.CheckWorkflowFile(File.ReadAllText(Path.Combine(Corpus!, file)), file);

        Assert.True(check.Loads, string.Join("; ", check.Errors));
        Assert.Empty(check.NotCompiled);
    }

    [Fact]
    public void CheckWorkflowFile_SchemaFile_RefusedAsNotAWorkflow()
    {
        var check = RuleSetLoader.CheckWorkflowFile(File.ReadAllText(Path.Combine(Corpus!, "schema-workflow.json")), "schema-workflow.json");

        Assert.False(check.Loads);
    }
}
