using Pathway.Engine.Bpmn;
using Pathway.Engine.Model;
using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Runtime;

public sealed class InterpreterMessagingTests
{
    private readonly Interpreter _interpreter = new();
    private readonly PathwayModel _model = Load("Runtime/Interpreter.messaging.bpmn");

    private Activation Complete(CaseState state, string nodeId, IReadOnlyDictionary<string, object?>? output = null) =>
        _interpreter.Apply(_model, state, new TaskCompleted(state.WaitingAt(nodeId).Id, output ?? NoVariables), Now.AddHours(1));

    [Fact]
    public void Collaboration_RunsTheExecutablePool_AndLanesGiveUserTasksTheirRoles()
    {
        var started = _interpreter.Start(_model, NoVariables, Now);

        Assert.Equal("district-nurse", started.State.WaitingAt("assess").Role);
        Assert.Equal("coordinator", Assert.IsType<UserTask>(_model.Node("close")).Role.Literal);
    }

    [Fact]
    public void PlainTask_PassesThroughAndIsJournalled()
    {
        var started = _interpreter.Start(_model, NoVariables, Now);

        Assert.Contains(started.Effects, e => e is Journaled { Entry: { Kind: JournalKinds.NodeEntered, NodeId: "milestone" } });
    }

    [Fact]
    public void SendTask_HandsTheMessageToTheOutboxOnce_ThenTheReceiveTaskWaits()
    {
        // given
        var state = _interpreter.Start(_model, NoVariables, Now).State;

        // when
        var assessed = Complete(state, "assess");

        // then
        var sent = Assert.Single(assessed.Effects.OfType<MessageSent>());
        Assert.Equal(("informGp", "gp-informed"), (sent.NodeId, sent.MessageName));
        Assert.Equal(BookmarkKind.Message, assessed.State.WaitingAt("awaitGp").Kind);
    }

    [Fact]
    public void CallActivity_WaitsOnTheChildWithItsInputs_AndTakesBackItsOutputs()
    {
        // given the GP has replied
        var state = Complete(_interpreter.Start(_model, Vars(("endOfLifeWishes", "home"), ("nhsNumber", "9434765919")), Now).State, "assess").State;
        var replied = _interpreter.Apply(_model, state, new MessageReceived("gp-replied", NoVariables), Now.AddHours(2));

        // then the end-of-life pathway is asked for, pinned at version 2, with the mapped inputs
        var call = replied.State.WaitingAt("endOfLife");
        Assert.Equal((BookmarkKind.Call, "end-of-life"), (call.Kind, call.Key));
        var requested = replied.Effects.OfType<Journaled>().Single(j => j.Entry.Kind == JournalKinds.CallRequested).Entry.Data!;
        Assert.Equal(2, requested["version"]);
        Assert.Equal(new Dictionary<string, object?> { ["wishes"] = "home", ["nhsNumber"] = "9434765919" }, (Dictionary<string, object?>)requested["inputs"]!);

        // and when the child case ends, its outputs come back
        var ended = _interpreter.Apply(_model, replied.State, new ActivityCompleted(call.Id, Vars(("placeOfDeath", "home"), ("childOnly", 1))), Now.AddDays(3));
        Assert.Equal("home", ended.State.Variables["preferredPlaceOfDeath"]);
        Assert.DoesNotContain("childOnly", ended.State.Variables.Keys);
    }

    [Fact]
    public void TerminateInsideASubProcess_EndsOnlyThatSubProcess_ThenSignalAndLinkCarryOn()
    {
        // given the case reaches the tidy-up
        var state = Complete(_interpreter.Start(_model, NoVariables, Now).State, "assess").State;
        state = _interpreter.Apply(_model, state, new MessageReceived("gp-replied", NoVariables), Now.AddHours(2)).State;

        // when the child case ends
        var ended = _interpreter.Apply(_model, state, new ActivityCompleted(state.WaitingAt("endOfLife").Id, NoVariables), Now.AddDays(1));

        // then the terminate end withdrew the equipment task, the signal went out, and the link landed at close
        Assert.Contains(ended.Effects, e => e is BookmarkRemoved { Cancelled: true, Bookmark.NodeId: "equipment" });
        Assert.Equal("winter-escalation", Assert.Single(ended.Effects.OfType<SignalThrown>()).SignalName);
        Assert.Equal(["close"], ended.State.WaitingNodes());
    }

    [Fact]
    public void LinkLoopWithNoWait_IsAnIncidentNotAHang()
    {
        // given a link that jumps back to before itself
        var model = BpmnReader.Read("""
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:test">
              <process id="p" isExecutable="true">
                <startEvent id="start" />
                <intermediateCatchEvent id="again"><linkEventDefinition name="again" /></intermediateCatchEvent>
                <task id="spin" />
                <intermediateThrowEvent id="back"><linkEventDefinition name="again" /></intermediateThrowEvent>
                <sequenceFlow id="f1" sourceRef="start" targetRef="spin" />
                <sequenceFlow id="f2" sourceRef="again" targetRef="spin" />
                <sequenceFlow id="f3" sourceRef="spin" targetRef="back" />
              </process>
            </definitions>
            """);

        // when
        var started = _interpreter.Start(model, NoVariables, Now);

        // then
        Assert.Equal(EngineErrors.LoopWithoutWait, Assert.Single(started.State.Incidents).Code);
    }
}
