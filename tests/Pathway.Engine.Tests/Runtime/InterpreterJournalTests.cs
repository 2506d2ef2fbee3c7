using Pathway.Engine.Bpmn;
using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Runtime;

/// <summary>The journal writes one line per step: the node a token entered, naming the flow it came by and why a gateway chose it.</summary>
public sealed class InterpreterJournalTests
{
    private readonly Interpreter _interpreter = new();

    [Fact]
    public void EachStep_IsOneLine_NamingTheFlowItCameBy()
    {
        // when a case starts and its gateway's condition holds
        var started = _interpreter.Start(Load("Runtime/Interpreter.exclusive.bpmn"), Vars(("news2Score", 6)), Now);

        // then every node entered is one line, and no flow has a line of its own
        Assert.DoesNotContain(started.Journal, j => j.Kind == JournalKinds.FlowTaken);
        var rapid = Assert.Single(started.Journal, j => j.Kind == JournalKinds.NodeEntered && j.NodeId == "rapid");
        Assert.Equal("high", rapid.Data!["flow"]);
        Assert.Equal("=news2Score >= 5", rapid.Data["condition"]);
        var start = Assert.Single(started.Journal, j => j.Kind == JournalKinds.NodeEntered && j.NodeId == "start");
        Assert.False(start.Data!.ContainsKey("flow"));
    }

    [Fact]
    public void TheDefaultFlow_IsNamedAsTheDefault()
    {
        // when no condition holds
        var started = _interpreter.Start(Load("Runtime/Interpreter.exclusive.bpmn"), Vars(("news2Score", 2)), Now);

        // then the node reached says it came by the default flow
        var planned = Assert.Single(started.Journal, j => j.Kind == JournalKinds.NodeEntered && j.NodeId == "planned");
        Assert.Equal(("routine", true), (planned.Data!["flow"], planned.Data["default"]));
    }

    [Fact]
    public void ATokenEndedBeforeItEnteredItsNode_StillShowsTheFlowItTook()
    {
        // given a fork whose first branch ends the whole case at once
        var model = BpmnReader.Read("""
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
              <process id="p" isExecutable="true">
                <startEvent id="start" />
                <parallelGateway id="fork" />
                <endEvent id="stopAll"><terminateEventDefinition /></endEvent>
                <userTask id="visit" pathway:role="district-nurse" />
                <sequenceFlow id="f1" sourceRef="start" targetRef="fork" />
                <sequenceFlow id="f2" sourceRef="fork" targetRef="stopAll" />
                <sequenceFlow id="f3" sourceRef="fork" targetRef="visit" />
              </process>
            </definitions>
            """);

        // when it starts
        var started = _interpreter.Start(model, NoVariables, Now);

        // then the branch cut short never entered its task, but its flow is journalled as taken
        Assert.Equal(CaseStatus.Completed, started.State.Status);
        Assert.DoesNotContain(started.Journal, j => j.Kind == JournalKinds.NodeEntered && j.NodeId == "visit");
        var cut = Assert.Single(started.Journal, j => j.Kind == JournalKinds.FlowTaken);
        Assert.Equal(("fork", "f3", "visit"), (cut.NodeId, cut.Data!["flow"], cut.Data["to"]));
    }
}
