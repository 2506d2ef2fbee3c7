using System.Collections;
using System.Text.Json;
using Pathway.Engine.Model;

namespace Pathway.Engine.Runtime;

/// <summary>
/// Multi-instance activities. The token that reaches the activity waits at it, holding its
/// boundary events and the <see cref="InstanceSet"/>; each instance is a token scoped to it,
/// with the item and loopCounter as its own variables. The activity completes when every
/// instance has, or as soon as the completion condition holds.
/// </summary>
internal sealed partial class Run
{
    private void StartInstances(Token body, Node activity, MultiInstance loop)
    {
        if (Items(body, activity, loop) is not { } items)
            return;
        if (BoundaryBookmarks(body, activity) is not { } boundaries)
            return;
        var set = new InstanceSet(items, 0, new object?[items.Count]);
        body = body with { Status = TokenStatus.Waiting, Instances = set, Locals = Counters(set, active: 0) };
        Replace(TokenById(body.Id), body);
        Arm(boundaries);
        Journal(JournalKinds.InstancesStarted, activity.Id, new Dictionary<string, object?> { ["count"] = items.Count, ["sequential"] = loop.Sequential });
        if (items.Count == 0)
        {
            FinishInstances(body, activity, loop);
            return;
        }
        var first = loop.Sequential ? 1 : items.Count;
        for (var index = 0; index < first; index++)
            SpawnInstance(body, activity, loop, index);
    }

    private void CompleteInstance(Token instance, Node activity, MultiInstance loop)
    {
        instance = TokenById(instance.Id);
        var body = TokenById(instance.ScopeId!);
        var set = body.Instances!;
        var outputs = set.Outputs.ToArray();
        outputs[instance.Instance!.Value] = Output(instance, loop);
        set = set with { Completed = set.Completed + 1, Outputs = outputs };
        state.Tokens.Remove(instance);
        Journal(JournalKinds.InstanceCompleted, activity.Id, new Dictionary<string, object?> { ["instance"] = instance.Instance, ["completed"] = set.Completed });
        var active = state.Tokens.Count(t => t.ScopeId == body.Id && t.Instance is not null);
        var updated = body with { Instances = set, Locals = Counters(set, active) };
        Replace(body, updated);
        var done = set.Completed == set.Items.Count;
        if (!done && loop.CompletionCondition is { } condition)
        {
            if (Evaluate(updated, condition, $"the completion condition of {activity.Label}") is not { } holds)
                return;
            done = holds;
        }
        if (done)
            FinishInstances(updated, activity, loop);
        else if (loop.Sequential)
            SpawnInstance(updated, activity, loop, instance.Instance.Value + 1);
    }

    /// <summary>The activity is done: instances still running are withdrawn, the outputs gathered, and the token moves on.</summary>
    private void FinishInstances(Token body, Node activity, MultiInstance loop)
    {
        foreach (var running in state.Tokens.Where(t => t.ScopeId == body.Id && t.Instance is not null).ToList())
        {
            CancelActivity(running, $"the completion condition of {activity.Label} held");
            state.Tokens.Remove(running);
        }
        var set = body.Instances!;
        if (loop.OutputCollection is { } collection)
            state.Variables[collection] = set.Outputs.ToList();
        Journal(JournalKinds.InstancesCompleted, activity.Id, new Dictionary<string, object?> { ["completed"] = set.Completed, ["of"] = set.Items.Count });
        var done = body with { Instances = null, Locals = null };
        Replace(body, done);
        CancelBoundaryEvents(done);
        Leave(done, activity);
    }

    private void SpawnInstance(Token body, Node activity, MultiInstance loop, int index)
    {
        var locals = new Dictionary<string, object?>(StringComparer.Ordinal) { ["loopCounter"] = index };
        if (loop.ElementVariable is { } element)
            locals[element] = body.Instances!.Items[index];
        Spawn(activity.Id, body.Id, arrivedVia: null, locals, instance: index);
    }

    /// <summary>The items to run over: the collection variable's elements, or 0..cardinality-1. Null (with an incident) when there is no collection.</summary>
    private List<object?>? Items(Token body, Node activity, MultiInstance loop)
    {
        if (loop.Cardinality is { } count)
            return [.. Enumerable.Range(0, count).Select(i => (object?)i)];
        var value = VariablePath.Read(VariablesFor(body), loop.Collection!);
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                return [.. array.EnumerateArray().Select(e => (object?)e)];
            case IEnumerable sequence and not string and not IDictionary:
                return [.. sequence.Cast<object?>()];
            default:
                RaiseIncident(body, EngineErrors.BadCollection, value is null
                    ? $"{activity.Label} runs once per item of the case variable '{loop.Collection}', which is not set; the step before it should output a list"
                    : $"{activity.Label} runs once per item of the case variable '{loop.Collection}', which holds a single value, not a list");
                return null;
        }
    }

    /// <summary>What an instance gives back: its output element, or everything it output.</summary>
    private object? Output(Token instance, MultiInstance loop)
    {
        if (loop.OutputElement is { } element)
            return VariablesFor(instance).GetValueOrDefault(element);
        var own = new Dictionary<string, object?>(instance.Locals ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        own.Remove("loopCounter");
        if (loop.ElementVariable is { } item)
            own.Remove(item);
        return own;
    }

    /// <summary>BPMN's counters, which instances and the completion condition can read.</summary>
    private static Dictionary<string, object?> Counters(InstanceSet set, int active) => new(StringComparer.Ordinal)
    {
        ["nrOfInstances"] = set.Items.Count,
        ["nrOfCompletedInstances"] = set.Completed,
        ["nrOfActiveInstances"] = active,
    };
}
