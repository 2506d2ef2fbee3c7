using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Runtime;

public sealed class InterpreterInclusiveTests
{
    private readonly Interpreter _interpreter = new();
    private readonly Model.PathwayModel _model = Load("Runtime/Interpreter.inclusive.bpmn");

    [Fact]
    public void Split_TwoConditionsHold_TakesBothAndNotTheDefault()
    {
        // when mobility is poor and there is no carer
        var started = _interpreter.Start(_model, Vars(("poorMobility", true), ("hasCarer", false)), Now);

        // then physio is offered; social care (a manual task) has already arrived at the join, which waits for physio
        Assert.Equal(["physio"], started.State.WaitingNodes());
        Assert.Contains(started.State.Tokens, t => t.NodeId == "allDone" && t.Status == TokenStatus.Waiting);
    }

    [Fact]
    public void Join_TokenStillOnItsWay_WaitsThenFiresOnceWhenItArrives()
    {
        // given social care arrived at the join while physio is still open
        var state = _interpreter.Start(_model, Vars(("poorMobility", true), ("hasCarer", false)), Now).State;

        // when physio is done
        var done = _interpreter.Apply(_model, state, new TaskCompleted(state.WaitingAt("physio").Id, NoVariables), Now.AddHours(1));

        // then the two tokens join into one review
        Assert.Equal(["review"], done.State.WaitingNodes());
        Assert.Single(done.State.Tokens);
    }

    [Fact]
    public void Join_OnlyOneFlowTaken_DoesNotWaitForFlowsThatWereNot()
    {
        // when only the carer is missing
        var started = _interpreter.Start(_model, Vars(("poorMobility", false), ("hasCarer", false)), Now);

        // then social care passes straight through the join to the review
        Assert.Equal(["review"], started.State.WaitingNodes());
    }

    [Fact]
    public void Split_NoConditionHolds_TakesTheDefaultFlow()
    {
        var started = _interpreter.Start(_model, Vars(("poorMobility", false), ("hasCarer", true)), Now);

        Assert.Equal(["gp"], started.State.WaitingNodes());
    }

    [Fact]
    public void Split_ConditionCannotBeEvaluated_RaisesAnIncidentInsteadOfGuessing()
    {
        var started = _interpreter.Start(_model, Vars(("poorMobility", "perhaps"), ("hasCarer", true)), Now);

        Assert.Equal(EngineErrors.ConditionFailed, Assert.Single(started.State.Incidents).Code);
    }
}
