using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Runtime;

public sealed class InterpreterEventGatewayTests
{
    private readonly Interpreter _interpreter = new();
    private readonly Model.PathwayModel _model = Load("Runtime/Interpreter.eventGateway.bpmn");

    [Fact]
    public void Start_EventBasedGateway_WaitsOnEveryEventAtOnce()
    {
        var started = _interpreter.Start(_model, NoVariables, Now);

        Assert.Equal(["wasAccepted", "wasDeclined", "windowPassed", "winterLevelRaised"], started.State.WaitingNodes());
        Assert.Equal(Now.AddHours(4), started.State.WaitingAt("windowPassed").DueAt);
    }

    [Fact]
    public void MessageArrivesFirst_WinsAndTheOtherWaitsAreWithdrawn()
    {
        // given
        var state = _interpreter.Start(_model, NoVariables, Now).State;

        // when
        var accepted = _interpreter.Apply(_model, state, new MessageReceived("handover-accepted", NoVariables), Now.AddHours(1));

        // then
        Assert.Equal(CaseStatus.Completed, accepted.State.Status);
        Assert.Equal(3, accepted.Effects.Count(e => e is BookmarkRemoved { Cancelled: true }));
        Assert.Contains(accepted.Effects, e => e is Journaled { Entry.Kind: JournalKinds.GatewayRaceWon } j && (string?)j.Entry.Data!["winner"] == "wasAccepted");
    }

    [Fact]
    public void ReceiveTaskWins_TheCaseCarriesOnAfterIt()
    {
        var state = _interpreter.Start(_model, NoVariables, Now).State;

        var declined = _interpreter.Apply(_model, state, new MessageReceived("handover-declined", Vars(("declineReason", "no capacity"))), Now.AddHours(1));

        Assert.Equal(["findAnother"], declined.State.WaitingNodes());
        Assert.Equal("no capacity", declined.State.Variables["declineReason"]);
    }

    [Fact]
    public void TimerWins_TheMessagesAreNoLongerAwaited()
    {
        // given
        var state = _interpreter.Start(_model, NoVariables, Now).State;
        var passed = _interpreter.Apply(_model, state, new TimerFired(state.WaitingAt("windowPassed").Id), Now.AddHours(4)).State;

        // when a late acceptance arrives
        var late = Assert.Throws<EngineException>(() => _interpreter.Apply(_model, passed, new MessageReceived("handover-accepted", NoVariables), Now.AddHours(5)));

        // then
        Assert.Equal(["chase"], passed.WaitingNodes());
        Assert.Equal(EngineErrors.MessageNotAwaited, late.Code);
    }

    [Fact]
    public void SignalWins_OnlyThatPathRuns()
    {
        var state = _interpreter.Start(_model, NoVariables, Now).State;

        var raised = _interpreter.Apply(_model, state, new SignalReceived("winter-escalation", NoVariables), Now.AddHours(1));

        Assert.Equal(["escalate"], raised.State.WaitingNodes());
    }

    [Fact]
    public void SignalNobodyWaitsFor_ChangesNothing()
    {
        var state = _interpreter.Start(_model, NoVariables, Now).State;

        var ignored = _interpreter.Apply(_model, state, new SignalReceived("heatwave", NoVariables), Now.AddHours(1));

        Assert.Empty(ignored.Effects);
        Assert.Equal(state.WaitingNodes(), ignored.State.WaitingNodes());
    }
}
