using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Runtime;

public sealed class InterpreterTimerTests
{
    private readonly Interpreter _interpreter = new();
    private readonly Model.PathwayModel _boundary = Load("Runtime/Interpreter.boundaryTimers.bpmn");

    [Fact]
    public void Start_TaskWithBoundaryTimers_SchedulesEachFromNow()
    {
        // when
        var started = _interpreter.Start(_boundary, NoVariables, Now);

        // then
        Assert.Equal(Now.AddHours(1), started.State.WaitingAt("reminder").DueAt);
        Assert.Equal(Now.AddHours(2), started.State.WaitingAt("escalate").DueAt);
    }

    [Fact]
    public void InterruptingTimer_Fires_CancelsTheTaskAndFollowsTheTimerPath()
    {
        // given
        var state = _interpreter.Start(_boundary, NoVariables, Now).State;

        // when
        var fired = _interpreter.Apply(_boundary, state, new TimerFired(state.WaitingAt("escalate").Id), Now.AddHours(2));

        // then the task and its other timer are withdrawn; only the escalation is left
        Assert.Equal(["escalated"], fired.State.WaitingNodes());
        Assert.Contains(fired.Effects, e => e is BookmarkRemoved { Cancelled: true } r && r.Bookmark.NodeId == "assess");
    }

    [Fact]
    public void NonInterruptingTimer_Fires_KeepsTheTaskAndStartsAParallelPath()
    {
        // given
        var state = _interpreter.Start(_boundary, NoVariables, Now).State;

        // when
        var fired = _interpreter.Apply(_boundary, state, new TimerFired(state.WaitingAt("reminder").Id), Now.AddHours(1));

        // then
        Assert.Equal(["alert", "assess", "escalate"], fired.State.WaitingNodes());
        Assert.Equal(2, fired.State.Tokens.Count);
    }

    [Fact]
    public void TaskCompleted_BeforeItsTimers_CancelsThem()
    {
        // given
        var state = _interpreter.Start(_boundary, NoVariables, Now).State;

        // when
        var done = _interpreter.Apply(_boundary, state, new TaskCompleted(state.WaitingAt("assess").Id, NoVariables), Now.AddMinutes(30));

        // then
        Assert.Equal(CaseStatus.Completed, done.State.Status);
        Assert.Equal(2, done.Effects.Count(e => e is BookmarkRemoved { Cancelled: true, Bookmark.Kind: BookmarkKind.Timer }));
    }

    [Fact]
    public void TimerFired_Twice_SecondIsANoOp()
    {
        // given
        var state = _interpreter.Start(_boundary, NoVariables, Now).State;
        var reminder = state.WaitingAt("reminder").Id;
        var once = _interpreter.Apply(_boundary, state, new TimerFired(reminder), Now.AddHours(1));

        // when
        var twice = _interpreter.Apply(_boundary, once.State, new TimerFired(reminder), Now.AddHours(1));

        // then
        Assert.Empty(twice.Effects);
        Assert.Same(once.State, twice.State);
    }

    [Fact]
    public void TimerFired_AfterItsTaskCompleted_IsANoOp()
    {
        // given
        var state = _interpreter.Start(_boundary, NoVariables, Now).State;
        var escalate = state.WaitingAt("escalate").Id;
        state = _interpreter.Apply(_boundary, state, new TaskCompleted(state.WaitingAt("assess").Id, NoVariables), Now).State;

        // when
        var late = _interpreter.Apply(_boundary, state, new TimerFired(escalate), Now.AddHours(2));

        // then
        Assert.Empty(late.Effects);
    }

    [Fact]
    public void SubProcessBoundaryTimer_Fires_CancelsEverythingInsideAndFollowsTheTimerPath()
    {
        // given
        var model = Load("Runtime/Interpreter.subProcessTimer.bpmn");
        var state = _interpreter.Start(model, NoVariables, Now).State;

        // when
        var fired = _interpreter.Apply(model, state, new TimerFired(state.WaitingAt("giveUp").Id), Now.AddDays(1));

        // then
        Assert.Equal(["chase"], fired.State.WaitingNodes());
        Assert.Single(fired.State.Tokens);
    }

    [Fact]
    public void SubProcess_CompletesBeforeItsTimer_CancelsTheTimerAndMovesOn()
    {
        // given
        var model = Load("Runtime/Interpreter.subProcessTimer.bpmn");
        var state = _interpreter.Start(model, NoVariables, Now).State;

        // when
        var answered = _interpreter.Apply(model, state, new MessageReceived("handover-response", Vars(("handoverAccepted", true))), Now.AddHours(3));

        // then
        Assert.Equal(["close"], answered.State.WaitingNodes());
        Assert.Equal(true, answered.State.Variables["handoverAccepted"]);
        Assert.Contains(answered.Effects, e => e is BookmarkRemoved { Cancelled: true } r && r.Bookmark.NodeId == "giveUp");
    }
}
