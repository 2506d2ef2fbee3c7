using Pathway.Rules.Loading;

namespace Pathway.Rules.Tests.Loading;

/// <summary>RulesEngine's own sample files: each loads or is refused with a clear error, never an unhandled exception.</summary>
public class CorpusTests
{
    private const string Folder = "rulesengine";

    public static TheoryData<string> Files() =>
        new(Corpus.Files(Folder, "*.json").Where(file => !file.StartsWith("schema-", StringComparison.Ordinal)));

    [CorpusFact(Folder)]
    public void Corpus_IsFound() => Assert.True(Directory.Exists(Corpus.Folder(Folder)));

    [CorpusTheory(Folder)]
    [MemberData(nameof(Files))]
    public void CheckWorkflowFile_CorpusFile_LoadsOrClearlyRefused(string file)
    {
        var check = RuleSetLoader.CheckWorkflowFile(File.ReadAllText(Path.Combine(Corpus.Folder(Folder), file)), file);

        Assert.All(check.Errors, e =>
        {
            Assert.Matches("^PW3[0-9]{3}$", e.Code);
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        });
    }

    [CorpusTheory(Folder)]
    [InlineData("Discount.json")]
    [InlineData("rules1.json")]
    [InlineData("rules7.json")]
    public void CheckWorkflowFile_TypesInferable_CompiledAndLoads(string file)
    {
        var check = RuleSetLoader.CheckWorkflowFile(File.ReadAllText(Path.Combine(Corpus.Folder(Folder), file)), file);

        Assert.True(check.Loads, string.Join("; ", check.Errors));
        Assert.Empty(check.NotCompiled);
    }

    [CorpusFact(Folder)]
    public void CheckWorkflowFile_SchemaFile_RefusedAsNotAWorkflow()
    {
        var check = RuleSetLoader.CheckWorkflowFile(File.ReadAllText(Path.Combine(Corpus.Folder(Folder), "schema-workflow.json")), "schema-workflow.json");

        Assert.False(check.Loads);
    }
}
