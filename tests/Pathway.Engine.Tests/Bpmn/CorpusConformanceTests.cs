using Pathway.Engine.Bpmn;

namespace Pathway.Engine.Tests.Bpmn;

/// <summary>
/// The reader meets BPMN as real modelers write it (bpmn-js's own test fixtures): each file
/// either loads or is refused with located, explained errors; nothing else escapes.
/// </summary>
public sealed class CorpusConformanceTests
{
    private const string Folder = "bpmn-js-fixtures";

    public static TheoryData<string> Files() => new(Corpus.Files(Folder, "*.bpmn", SearchOption.AllDirectories));

    [CorpusTheory(Folder)]
    [MemberData(nameof(Files))]
    public void Read_CorpusFile_LoadsOrExplainsEveryError(string file)
    {
        // given
        var xml = File.ReadAllText(Path.Combine(Corpus.Folder(Folder), file));

        // when
        var exception = Record.Exception(() => BpmnReader.Read(xml, file));

        // then
        if (exception is null)
            return;
        var refused = Assert.IsType<BpmnValidationException>(exception);
        Assert.NotEmpty(refused.Errors);
        foreach (var error in refused.Errors)
        {
            Assert.Matches("^PW1[0-9]{3}$", error.Code);
            Assert.False(string.IsNullOrWhiteSpace(error.Message), $"{error.Code} has no message");
            Assert.True(error.Line > 0, $"{error} has no line");
        }
    }
}
