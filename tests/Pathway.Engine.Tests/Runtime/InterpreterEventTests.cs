using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Runtime;

public sealed class InterpreterEventTests
{
    private readonly Interpreter _interpreter = new();
    private readonly Model.PathwayModel _model = Load("Runtime/Interpreter.events.bpmn");

    private CaseState AtVisit(bool complex = false) =>
        _interpreter.Start(_model, Vars(("consented", true), ("complex", complex)), Now).State;

    [Fact]
    public void Start_ArmsTheProcesssEventSubProcesses()
    {
        var state = AtVisit();

        Assert.Equal(["admittedStart", "visit", "weekPassed"], state.WaitingNodes());
        Assert.Equal(Now.AddDays(7), state.WaitingAt("weekPassed").DueAt);
    }

    [Fact]
    public void ErrorEnd_InsideTheSubProcess_IsCaughtByItsErrorBoundary()
    {
        var started = _interpreter.Start(_model, Vars(("consented", false)), Now);

        Assert.Equal(["admittedStart", "bestInterests", "weekPassed"], started.State.WaitingNodes());
        Assert.DoesNotContain(started.State.Tokens, t => t.NodeId == "care");
    }

    [Fact]
    public void NonInterruptingEscalation_StartsTheSeniorReviewWhileCareGoesOn()
    {
        // given
        var state = AtVisit(complex: true);

        // when the visit finds the case complex
        var visited = _interpreter.Apply(_model, state, new TaskCompleted(state.WaitingAt("visit").Id, NoVariables), Now.AddHours(2));

        // then the senior review runs beside the follow-up in care
        Assert.Equal(["admittedStart", "followUp", "seniorReview", "weekPassed"], visited.State.WaitingNodes());
    }

    [Fact]
    public void ErrorThrownByATask_IsCaughtByThatTasksOwnBoundary()
    {
        var state = AtVisit();

        var raised = _interpreter.Apply(_model, state, new ErrorThrown(state.WaitingAt("visit").Id, "SAFEGUARDING", "bruising seen"), Now.AddHours(1));

        Assert.Equal(["admittedStart", "safeguardingReferral", "weekPassed"], raised.State.WaitingNodes());
        Assert.Contains(raised.Effects, e => e is Journaled { Entry.Kind: JournalKinds.ErrorThrown });
    }

    [Fact]
    public void ErrorNothingCatches_IsAnIncidentThatCanBeRetried()
    {
        // given
        var state = AtVisit();
        var raised = _interpreter.Apply(_model, state, new ErrorThrown(state.WaitingAt("visit").Id, "UNKNOWN"), Now.AddHours(1)).State;

        // when the coordinator retries
        var retried = _interpreter.Apply(_model, raised, new IncidentRetried(Assert.Single(raised.Incidents).Id), Now.AddHours(2));

        // then the visit is offered again
        Assert.Equal(EngineErrors.UnhandledError, raised.Incidents[0].Code);
        Assert.Contains("visit", retried.State.WaitingNodes());
    }

    [Fact]
    public void InterruptingMessageEventSubProcess_StopsThePathwayWhereverItIs()
    {
        // given care is under way
        var state = AtVisit();

        // when the person is admitted to hospital
        var admitted = _interpreter.Apply(_model, state, new MessageReceived("person-admitted", NoVariables), Now.AddHours(3));

        // then the visit and the weekly check are withdrawn and only the admission is recorded
        Assert.Equal(["recordAdmission"], admitted.State.WaitingNodes());
        Assert.Contains(admitted.Effects, e => e is BookmarkRemoved { Cancelled: true, Bookmark.NodeId: "visit" });

        // and when it is recorded the case completes
        var recorded = _interpreter.Apply(_model, admitted.State, new TaskCompleted(admitted.State.WaitingAt("recordAdmission").Id, NoVariables), Now.AddHours(4));
        Assert.Equal(CaseStatus.Completed, recorded.State.Status);
    }

    [Fact]
    public void NonInterruptingTimerEventSubProcess_RunsBesideTheCase()
    {
        var state = AtVisit();

        var weekLater = _interpreter.Apply(_model, state, new TimerFired(state.WaitingAt("weekPassed").Id), Now.AddDays(7));

        Assert.Equal(["admittedStart", "visit", "weeklyCheck"], weekLater.State.WaitingNodes());
    }

    [Fact]
    public void CaseCompletes_TheWaitsOfItsEventSubProcessesEnd()
    {
        // given
        var state = AtVisit();
        var visited = _interpreter.Apply(_model, state, new TaskCompleted(state.WaitingAt("visit").Id, NoVariables), Now.AddHours(1)).State;

        // when
        var closed = _interpreter.Apply(_model, visited, new TaskCompleted(visited.WaitingAt("close").Id, NoVariables), Now.AddHours(2));

        // then
        Assert.Equal(CaseStatus.Completed, closed.State.Status);
        Assert.Empty(closed.State.Bookmarks);
        Assert.Contains(closed.Effects, e => e is BookmarkRemoved { Cancelled: true, Bookmark.NodeId: "weekPassed" });
    }
}
