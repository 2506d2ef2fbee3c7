using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Runtime;

public sealed class InterpreterParallelTests
{
    private readonly Interpreter _interpreter = new();

    [Fact]
    public void ParallelJoin_OneBranchDone_WaitsForTheOther()
    {
        // given
        var model = Load("Runtime/Interpreter.parallelJoin.bpmn");
        var started = _interpreter.Start(model, NoVariables, Now);

        // when
        var afterNursing = _interpreter.Apply(model, started.State, new TaskCompleted(started.State.WaitingAt("nursing").Id, NoVariables), Now);

        // then
        Assert.Equal(["nursing", "social"], started.State.WaitingNodes());
        Assert.Equal(["social"], afterNursing.State.WaitingNodes());
        Assert.Contains(afterNursing.State.Tokens, t => t.NodeId == "join" && t.Status == TokenStatus.Waiting);
    }

    [Fact]
    public void ParallelJoin_AllBranchesDone_ContinuesWithOneToken()
    {
        // given
        var model = Load("Runtime/Interpreter.parallelJoin.bpmn");
        var state = _interpreter.Start(model, NoVariables, Now).State;
        state = _interpreter.Apply(model, state, new TaskCompleted(state.WaitingAt("nursing").Id, NoVariables), Now).State;

        // when
        var joined = _interpreter.Apply(model, state, new TaskCompleted(state.WaitingAt("social").Id, NoVariables), Now);

        // then
        Assert.Equal(["review"], joined.State.WaitingNodes());
        Assert.Single(joined.State.Tokens);
    }

    [Fact]
    public void TerminateEnd_ReachedWhileAnotherTaskIsOpen_WithdrawsItAndCompletesTheCase()
    {
        // given
        var model = Load("Runtime/Interpreter.terminate.bpmn");
        var state = _interpreter.Start(model, NoVariables, Now).State;
        var visit = state.WaitingAt("visit");

        // when
        var ended = _interpreter.Apply(model, state, new TaskCompleted(state.WaitingAt("decide").Id, NoVariables), Now);

        // then
        Assert.Equal(CaseStatus.Completed, ended.State.Status);
        Assert.Empty(ended.State.Bookmarks);
        Assert.Contains(ended.Effects, e => e is BookmarkRemoved { Cancelled: true } r && r.Bookmark.Id == visit.Id);
        Assert.Contains(ended.Effects, e => e is CaseEnded { Status: CaseStatus.Completed });
    }
}
