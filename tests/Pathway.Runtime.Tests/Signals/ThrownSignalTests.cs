using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Signals;

public sealed class ThrownSignalTests : IAsyncLifetime
{
    private const string Locality = "signal-shire";
    private const string Signal = EventPathways.WinterSignal;

    // The winter desk waits for the regional warning (the same signal), declares the local level, and throws it on.
    private const string ThrowingPathway = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:signal id="winter" name="{Signal}" />
          <bpmn:process id="throwing" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:intermediateCatchEvent id="Warned"><bpmn:signalEventDefinition signalRef="winter" /></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="Declare" pathway:role="coordinator" />
            <bpmn:intermediateThrowEvent id="Raise"><bpmn:signalEventDefinition signalRef="winter" /></bpmn:intermediateThrowEvent>
            <bpmn:userTask id="After" pathway:role="coordinator" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Warned" />
            <bpmn:sequenceFlow id="f2" sourceRef="Warned" targetRef="Declare" />
            <bpmn:sequenceFlow id="f3" sourceRef="Declare" targetRef="Raise" />
            <bpmn:sequenceFlow id="f4" sourceRef="Raise" targetRef="After" />
            <bpmn:sequenceFlow id="f5" sourceRef="After" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        foreach (var (key, content) in new[] { ("admission-avoidance", EventPathways.WinterReview), ("winter-desk", ThrowingPathway) })
        {
            await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, key, Locality, content, TestEngine.Coordinator));
            await _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, key, Locality, TestEngine.Coordinator));
        }
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private Task<CaseOutcome> StartAsync(string key) =>
        _engine.SendAsync(new StartCase(key, Locality, Referrals.FallAtHome(), TestEngine.Coordinator));

    private async Task<int> SignalsReceivedAsync(Guid caseId) =>
        (await _engine.JournalAsync(caseId)).Count(j => j.Kind == JournalKinds.SignalReceived);

    [Fact]
    public async Task ThrownSignal_ReachesEveryWaitingCaseAfterItsStepCommits_NotTheThrowersFinishedCatch()
    {
        // given the winter desk took the regional warning (its own catch is finished) and two cases wait on reviews
        var desk = await StartAsync("winter-desk");
        await _engine.SendAsync(new BroadcastSignal(Signal, new Dictionary<string, object?>(), TestEngine.Coordinator));
        var first = await StartAsync("admission-avoidance");
        var second = await StartAsync("admission-avoidance");

        // when the desk declares the level, throwing the signal on
        await _engine.SendAsync(new CompleteTask(Assert.Single(await _engine.OpenTasksAsync(desk.CaseId)).Id, new Dictionary<string, object?>(), TestEngine.Coordinator));

        // then the signal waits in the outbox, committed with the step, until the dispatcher runs
        Assert.Equal(Signal, (await _engine.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(r => r.Kind == OutboxKind.Signal))).Name);
        Assert.Equal("Review", Assert.Single(await _engine.OpenTasksAsync(first.CaseId)).NodeId);
        await _engine.DeliverOutboxAsync();

        // and it reached both waiting cases once, and not the desk's catch a second time
        foreach (var caseId in new[] { first.CaseId, second.CaseId })
        {
            Assert.Equal("UrgentReview", Assert.Single(await _engine.OpenTasksAsync(caseId)).NodeId);
            Assert.Equal(1, await SignalsReceivedAsync(caseId));
        }
        Assert.Equal(1, await SignalsReceivedAsync(desk.CaseId));
        Assert.Equal("After", Assert.Single(await _engine.OpenTasksAsync(desk.CaseId)).NodeId);
    }

    [Fact]
    public async Task SignalsThrownByCasesABroadcastReached_GoOutThroughTheOutbox()
    {
        // given a desk waiting on the regional warning, and a case waiting on a review
        var desk = await StartAsync("winter-desk");
        var waiting = await StartAsync("admission-avoidance");

        // when the regional warning is broadcast, the case is reached directly (the desk too, which only goes on to its task)
        var broadcast = await _engine.SendAsync(new BroadcastSignal(Signal, new Dictionary<string, object?>(), TestEngine.Coordinator));
        Assert.Equal(2, broadcast.Cases);
        await _engine.SendAsync(new CompleteTask(Assert.Single(await _engine.OpenTasksAsync(desk.CaseId)).Id, new Dictionary<string, object?>(), TestEngine.Coordinator));
        await _engine.DeliverOutboxAsync();

        // then the desk's own throw found nobody left waiting, and said so
        var thrown = await _engine.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(r => r.Kind == OutboxKind.Signal));
        Assert.Equal(Pathway.Runtime.Outbox.OutboxOutcomes.NotAwaited, thrown.Outcome);
        Assert.Equal(1, await SignalsReceivedAsync(waiting.CaseId));
    }
}
