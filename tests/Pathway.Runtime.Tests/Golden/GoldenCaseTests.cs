using System.Text.Json;
using Pathway.Engine.Time;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Golden;

/// <summary>
/// Replays every recorded case in <c>Golden/*.json</c> against the shipped pathway and rules
/// and compares the journal line by line. A deliberate change of behaviour is recorded again
/// with PATHWAY_RECORD_GOLDEN=1, and the difference reviewed like any other change.
/// </summary>
public sealed class GoldenCaseTests
{
    private static readonly string Folder = Repository.Combine("tests", "Pathway.Runtime.Tests", "Golden");

    public static TheoryData<string> Cases() => [.. Directory.EnumerateFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Replay_ShippedPathwayAndRules_WritesTheRecordedJournal(string file)
    {
        // given
        var path = Path.Combine(Folder, file);
        var golden = JsonSerializer.Deserialize<GoldenCase>(await File.ReadAllTextAsync(path), GoldenCase.Json)!;
        await using var engine = await TestEngine.StartAsync();

        // when
        var journal = await ReplayAsync(engine, golden);

        // then
        if (Environment.GetEnvironmentVariable("PATHWAY_RECORD_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(golden with { Journal = journal }, GoldenCase.Json) + "\n");
            return;
        }
        Assert.Equal(golden.Journal, journal);
    }

    private static async Task<List<string>> ReplayAsync(TestEngine engine, GoldenCase golden)
    {
        var referral = golden.Referral.ToDictionary(v => v.Key, v => CaseStateJson.ToPlain(v.Value));
        var caseId = (await engine.SendAsync(new StartCase("admission-avoidance", golden.Locality, referral, TestEngine.Coordinator))).CaseId;
        foreach (var step in golden.Steps)
        {
            if (step.Pass is { } pass)
                await engine.PassAsync(IsoDuration.Parse(pass).AddTo(engine.Clock.GetUtcNow(), ServiceTimeZone.UnitedKingdom) - engine.Clock.GetUtcNow());
            if (step.Complete is { } nodeId)
            {
                var task = (await engine.OpenTasksAsync(caseId)).First(t => t.NodeId == nodeId);
                var output = (step.Output ?? []).ToDictionary(v => v.Key, v => CaseStateJson.ToPlain(v.Value));
                await engine.SendAsync(new CompleteTask(task.Id, output, new Actor("golden", "Golden replay", [task.Role], [])));
            }
            if (step.Message is { } message)
                await engine.SendAsync(new DeliverMessage(caseId, message, (step.Output ?? []).ToDictionary(v => v.Key, v => CaseStateJson.ToPlain(v.Value)), TestEngine.Coordinator));
        }
        return (await engine.JournalAsync(caseId)).ConvertAll(j => j.NodeId is null ? j.Kind : $"{j.Kind} {j.NodeId}");
    }
}
