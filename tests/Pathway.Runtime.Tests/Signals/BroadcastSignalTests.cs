using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;

namespace Pathway.Runtime.Tests.Signals;

public sealed class BroadcastSignalTests : IAsyncLifetime
{
    private const string Locality = "signal-shire";

    // Cases wait on a review; the winter escalation signal interrupts it with an urgent review.
    private const string WinterPathway = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:signal id="winter" name="winter-escalation" />
          <bpmn:process id="admission-avoidance" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Review" pathway:role="district-nurse" />
            <bpmn:boundaryEvent id="WinterRaised" attachedToRef="Review"><bpmn:signalEventDefinition signalRef="winter" /></bpmn:boundaryEvent>
            <bpmn:userTask id="UrgentReview" pathway:role="coordinator" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Review" />
            <bpmn:sequenceFlow id="f2" sourceRef="Review" targetRef="End" />
            <bpmn:sequenceFlow id="f3" sourceRef="WinterRaised" targetRef="UrgentReview" />
            <bpmn:sequenceFlow id="f4" sourceRef="UrgentReview" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, "admission-avoidance", Locality, WinterPathway, TestEngine.Coordinator));
        await _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, "admission-avoidance", Locality, TestEngine.Coordinator));
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task Broadcast_ReachesEveryCaseWaitingOnTheSignal_AndNoOther()
    {
        // given two cases waiting on the signal and one that is not
        var first = await _engine.SendAsync(new StartCase("admission-avoidance", Locality, Referrals.FallAtHome(), TestEngine.Coordinator));
        var second = await _engine.SendAsync(new StartCase("admission-avoidance", Locality, Referrals.FallAtHome(), TestEngine.Coordinator));
        var other = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));

        // when
        var broadcast = await _engine.SendAsync(new BroadcastSignal("winter-escalation", new Dictionary<string, object?> { ["winterLevel"] = 3L }, TestEngine.Coordinator));

        // then both waiting cases moved to the urgent review, with the payload; the other is untouched
        Assert.Equal(2, broadcast.Cases);
        foreach (var caseId in new[] { first.CaseId, second.CaseId })
            Assert.Equal("coordinator", Assert.Single(await _engine.OpenTasksAsync(caseId)).Role);
        Assert.Equal(other.State.Bookmarks.Count, (await _engine.QueryAsync(db => db.Bookmarks.CountAsync(b => b.CaseId == other.CaseId))));
    }

    [Fact]
    public async Task SecondBroadcast_FindsNobodyStillWaiting()
    {
        await _engine.SendAsync(new StartCase("admission-avoidance", Locality, Referrals.FallAtHome(), TestEngine.Coordinator));
        await _engine.SendAsync(new BroadcastSignal("winter-escalation", new Dictionary<string, object?>(), TestEngine.Coordinator));

        var again = await _engine.SendAsync(new BroadcastSignal("winter-escalation", new Dictionary<string, object?>(), TestEngine.Coordinator));

        Assert.Equal(0, again.Cases);
    }
}
