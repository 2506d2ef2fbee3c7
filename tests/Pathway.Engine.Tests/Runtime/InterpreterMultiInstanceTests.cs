using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Runtime;

public sealed class InterpreterMultiInstanceTests
{
    private readonly Interpreter _interpreter = new();
    private readonly Model.PathwayModel _model = Load("Runtime/Interpreter.multiInstance.bpmn");
    private readonly Model.PathwayModel _body = Load("Runtime/Interpreter.multiInstanceBody.bpmn");

    private static readonly List<object?> Actions =
    [
        new Dictionary<string, object?> { ["owner"] = "gp", ["due"] = "P2D" },
        new Dictionary<string, object?> { ["owner"] = "occupational-therapist", ["due"] = "PT4H" },
    ];

    private CaseState Reviewing(int quorum = 3) => _interpreter.Start(_model, Vars(
        ("disciplines", new List<object?> { "district-nurse", "community-physiotherapist", "social-worker" }),
        ("quorum", quorum), ("actions", Actions)), Now).State;

    private Activation Complete(CaseState state, string role, object? verdict, int hours) =>
        _interpreter.Apply(_model, state, new TaskCompleted(state.Bookmarks.Single(b => b.Role == role).Id, Vars(("verdict", verdict))), Now.AddHours(hours));

    [Fact]
    public void Parallel_OneTaskPerDisciplineForItsRole()
    {
        var state = Reviewing();

        Assert.Equal(["community-physiotherapist", "district-nurse", "social-worker"], state.Bookmarks.Select(b => b.Role).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parallel_AllDone_GathersOutputsInCollectionOrderWhateverOrderTheyFinished()
    {
        // given
        var state = Reviewing();

        // when they finish in reverse order
        state = Complete(state, "social-worker", "challenge", 1).State;
        state = Complete(state, "community-physiotherapist", "accept", 2).State;
        var done = Complete(state, "district-nurse", "accept", 3);

        // then
        Assert.Equal(["accept", "accept", "challenge"], (List<object?>)done.State.Variables["reviews"]!);
        Assert.Equal(["action"], done.State.WaitingNodes());
        Assert.DoesNotContain("verdict", done.State.Variables.Keys);
    }

    [Fact]
    public void CompletionCondition_Holds_WithdrawsTheInstancesStillOpen()
    {
        // given two accepts are enough
        var state = Reviewing(quorum: 2);

        // when
        state = Complete(state, "district-nurse", "accept", 1).State;
        var done = Complete(state, "social-worker", "accept", 2);

        // then the physio review is withdrawn and its slot stays empty
        Assert.Contains(done.Effects, e => e is BookmarkRemoved { Cancelled: true } r && r.Bookmark.Role == "community-physiotherapist");
        Assert.Equal(["accept", null, "accept"], (List<object?>)done.State.Variables["reviews"]!);
    }

    [Fact]
    public void Sequential_OneActionAtATime_ForItsOwnerDueWhenTheMdtSaid()
    {
        // given the reviews are done
        var state = Reviewing(quorum: 1);
        state = Complete(state, "district-nurse", "accept", 1).State;

        // then only the first action is offered, to the GP, due in two days
        var first = Assert.Single(state.Bookmarks);
        Assert.Equal(("gp", Now.AddHours(1).AddDays(2)), (first.Role, first.DueAt));

        // and when it is done, the second follows
        var next = _interpreter.Apply(_model, state, new TaskCompleted(first.Id, NoVariables), Now.AddHours(5)).State;
        Assert.Equal(("occupational-therapist", Now.AddHours(9)), (Assert.Single(next.Bookmarks).Role, next.Bookmarks[0].DueAt));
    }

    [Fact]
    public void EmptyCollection_TheActivityIsDoneAtOnce()
    {
        var started = _interpreter.Start(_model, Vars(("disciplines", new List<object?>()), ("quorum", 1), ("actions", new List<object?>())), Now);

        Assert.Equal(CaseStatus.Completed, started.State.Status);
        Assert.Equal([], (List<object?>)started.State.Variables["reviews"]!);
    }

    [Fact]
    public void MissingCollection_IsAnIncidentNamingTheVariable()
    {
        var started = _interpreter.Start(_model, NoVariables, Now);

        var incident = Assert.Single(started.State.Incidents);
        Assert.Equal(EngineErrors.BadCollection, incident.Code);
        Assert.Contains("'disciplines'", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorInsideOneInstanceOfTheBody_IsCaughtOnTheActivityAndEndsEveryInstance()
    {
        // given three daily visits
        var state = _interpreter.Start(_body, Vars(("days", new List<object?> { 1, 2, 3 })), Now).State;
        Assert.Equal(3, state.Bookmarks.Count(b => b.NodeId == "visit"));

        // when the first visit finds the person unwell
        var unwell = _interpreter.Apply(_body, state, new TaskCompleted(state.Bookmarks.First(b => b.NodeId == "visit").Id, Vars(("unwell", true))), Now.AddHours(1));

        // then the other visits are withdrawn and the urgent response begins
        Assert.Equal(["urgentResponse"], unwell.State.WaitingNodes());
        Assert.Equal(2, unwell.Effects.Count(e => e is BookmarkRemoved { Cancelled: true, Bookmark.NodeId: "visit" }));
        Assert.Single(unwell.State.Tokens);
    }
}
