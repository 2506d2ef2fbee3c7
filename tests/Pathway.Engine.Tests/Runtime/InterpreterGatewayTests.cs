using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Runtime;

public sealed class InterpreterGatewayTests
{
    private readonly Interpreter _interpreter = new();
    private readonly Model.PathwayModel _exclusive = Load("Runtime/Interpreter.exclusive.bpmn");

    [Fact]
    public void ExclusiveGateway_ConditionHolds_TakesItsFlow()
    {
        // when
        var started = _interpreter.Start(_exclusive, Vars(("news2Score", 6)), Now);

        // then
        Assert.Equal(["rapid"], started.State.WaitingNodes());
    }

    [Fact]
    public void ExclusiveGateway_NoConditionHolds_TakesTheDefaultFlow()
    {
        // when
        var started = _interpreter.Start(_exclusive, Vars(("news2Score", 2)), Now);

        // then
        Assert.Equal(["planned"], started.State.WaitingNodes());
    }

    [Fact]
    public void ExclusiveGateway_NoConditionHoldsAndNoDefault_RaisesAnIncident()
    {
        // given
        var state = _interpreter.Start(_exclusive, Vars(("news2Score", 2)), Now).State;

        // when
        var stuck = _interpreter.Apply(_exclusive, state, new TaskCompleted(state.WaitingAt("planned").Id, Vars(("mdtNeeded", false))), Now);

        // then
        var incident = Assert.Single(stuck.State.Incidents);
        Assert.Equal((EngineErrors.NoConditionHolds, "mdt"), (incident.Code, incident.NodeId));
        Assert.Equal(CaseStatus.Running, stuck.State.Status);
    }

    [Fact]
    public void ExclusiveGateway_ConditionOnAMissingVariable_RaisesAnIncidentNotAnException()
    {
        // when
        var started = _interpreter.Start(_exclusive, NoVariables, Now);

        // then
        var incident = Assert.Single(started.State.Incidents);
        Assert.Equal(EngineErrors.ConditionFailed, incident.Code);
    }

    [Fact]
    public void LoopWithoutWaitState_Started_StopsOnAnIncidentInsteadOfHanging()
    {
        // given
        var model = Load("Runtime/Interpreter.loopWithoutWait.bpmn");

        // when
        var started = _interpreter.Start(model, NoVariables, Now);

        // then
        var incident = Assert.Single(started.State.Incidents);
        Assert.Equal(EngineErrors.LoopWithoutWait, incident.Code);
        Assert.Equal(CaseStatus.Running, started.State.Status);
    }
}
