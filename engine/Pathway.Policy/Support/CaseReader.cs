using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.Policy.Support;

/// <summary>What a scenario may look at after the engine acted: the worklist, the case's variables and status, and its journal.</summary>
public sealed class CaseReader(PathwayWorld world, CaseUnderTest theCase)
{
    public Task<List<WorkTaskRecord>> TasksAsync() =>
        world.ReadAsync(db => db.WorkTasks.Where(t => t.CaseId == theCase.Id).OrderBy(t => t.Id).ToListAsync());

    public async Task<List<WorkTaskRecord>> OpenTasksAsync(string nodeId) =>
        (await TasksAsync()).Where(t => t.NodeId == nodeId && t.Status is WorkTaskStatus.Ready or WorkTaskStatus.InProgress).ToList();

    public async Task<WorkTaskRecord> OpenTaskAsync(string nodeId, string taskWords)
    {
        var open = await OpenTasksAsync(nodeId);
        if (open.Count == 0)
            throw new PolicyNotMetException($"expected the {taskWords} to be waiting on the worklist, but it is not; the worklist has: {await WorklistAsync()}");
        return open[^1];
    }

    public async Task<CaseRecord> CaseAsync() =>
        await world.ReadAsync(db => db.Cases.SingleAsync(c => c.Id == theCase.Id));

    public async Task<IReadOnlyDictionary<string, object?>> VariablesAsync() =>
        CaseStateJson.Deserialize((await CaseAsync()).StateJson).Variables;

    public async Task<object?> VariableAsync(string name) => (await VariablesAsync()).GetValueOrDefault(name);

    /// <summary>Every rule-set decision the case's journal records, in order.</summary>
    public async Task<List<Dictionary<string, object?>>> DecisionsAsync()
    {
        var rows = await world.ReadAsync(db => db.Journal
            .Where(j => j.CaseId == theCase.Id && j.Kind == RuntimeJournalKinds.RulesDecided)
            .OrderBy(j => j.Sequence)
            .Select(j => j.DataJson)
            .ToListAsync());
        return rows.Where(r => r is not null).Select(r => CaseStateJson.DeserializeData(r!)).ToList();
    }

    public async Task<CaseStatus> StatusAsync() => (await CaseAsync()).Status;

    /// <summary>The open worklist in words, for failure messages.</summary>
    public async Task<string> WorklistAsync()
    {
        var open = (await TasksAsync()).Where(t => t.Status is WorkTaskStatus.Ready or WorkTaskStatus.InProgress).ToList();
        return open.Count == 0
            ? "nothing"
            : string.Join("; ", open.Select(t => $"'{t.Name}' for the {t.Role.Replace('-', ' ')}"));
    }
}
