using System.Text.Json;
using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Runtime;

public sealed class InterpreterActivityTests
{
    private readonly Interpreter _interpreter = new();
    private readonly Model.PathwayModel _model = Load("Runtime/Interpreter.ruleSet.bpmn");

    private static Dictionary<string, object?> Triage => Vars(("assessorRole", "crisis-response-nurse"), ("responseWindow", "PT2H"));

    [Fact]
    public void RuleSetCompleted_OutputsNameRoleAndDue_OffersTheTaskToThatRole()
    {
        // given
        var state = _interpreter.Start(_model, NoVariables, Now).State;

        // when
        var decided = _interpreter.Apply(_model, state, new ActivityCompleted(state.WaitingAt("triage").Id, Triage), Now);

        // then
        var task = decided.State.WaitingAt("assess");
        Assert.Equal(("crisis-response-nurse", "trusted-assessment", Now.AddHours(2)), (task.Role, task.Form, task.DueAt));
        Assert.Equal(Now.AddHours(2), decided.State.WaitingAt("late").DueAt);
    }

    [Fact]
    public void ActivityFailed_RuleSet_RaisesAnIncidentThatRetryResolvesAndRequestsAgain()
    {
        // given
        var state = _interpreter.Start(_model, NoVariables, Now).State;
        var failed = _interpreter.Apply(_model, state, new ActivityFailed(state.WaitingAt("triage").Id, "RULES", "rule set not published"), Now);
        var incident = Assert.Single(failed.State.Incidents);

        // when
        var retried = _interpreter.Apply(_model, failed.State, new IncidentRetried(incident.Id), Now.AddMinutes(5));

        // then
        Assert.Equal(("RULES", "triage"), (incident.Code, incident.NodeId));
        Assert.Empty(failed.State.Bookmarks);
        Assert.NotNull(Assert.Single(retried.State.Incidents).ResolvedAt);
        Assert.Equal(BookmarkKind.RuleSet, retried.State.WaitingAt("triage").Kind);
    }

    [Fact]
    public void TimerDurationVariable_NotSet_RaisesAVariableMissingIncident()
    {
        // given
        var state = _interpreter.Start(_model, NoVariables, Now).State;

        // when
        var decided = _interpreter.Apply(_model, state, new ActivityCompleted(state.WaitingAt("triage").Id, Vars(("assessorRole", "gp"))), Now);

        // then
        var incident = Assert.Single(decided.State.Incidents);
        Assert.Equal((EngineErrors.VariableMissing, "assess"), (incident.Code, incident.NodeId));
        Assert.Contains("responseWindow", incident.Message, StringComparison.Ordinal);
        Assert.Empty(decided.State.Bookmarks);
    }

    [Fact]
    public void MessageCatch_MessageArrives_MergesThePayloadAndContinues()
    {
        // given
        var state = _interpreter.Start(_model, NoVariables, Now).State;
        state = _interpreter.Apply(_model, state, new ActivityCompleted(state.WaitingAt("triage").Id, Triage), Now).State;
        state = _interpreter.Apply(_model, state, new TaskCompleted(state.WaitingAt("assess").Id, NoVariables), Now).State;

        // when
        var delivered = _interpreter.Apply(_model, state, new MessageReceived("equipment-delivered", Vars(("deliveredBy", "loan store"))), Now);

        // then
        Assert.Equal(["delivered"], state.WaitingNodes());
        Assert.Equal(CaseStatus.Completed, delivered.State.Status);
        Assert.Equal("loan store", delivered.State.Variables["deliveredBy"]);
    }

    [Fact]
    public void MessageReceived_NobodyWaits_ThrowsAndChangesNothing()
    {
        // given
        var state = _interpreter.Start(_model, NoVariables, Now).State;

        // when
        var error = Assert.Throws<EngineException>(() => _interpreter.Apply(_model, state, new MessageReceived("equipment-delivered", NoVariables), Now));

        // then
        Assert.Equal(EngineErrors.MessageNotAwaited, error.Code);
        Assert.Equal(["triage"], state.WaitingNodes());
    }

    [Fact]
    public void SameEventsAndTimes_RunTwice_GiveTheSameIdsAndEffects()
    {
        // when
        var first = Play();
        var second = Play();

        // then
        Assert.Equal(first, second);
        Assert.Contains("\"Id\":\"b", first, StringComparison.Ordinal);
    }

    private string Play()
    {
        var effects = new List<Effect>();
        var activation = _interpreter.Start(_model, NoVariables, Now);
        effects.AddRange(activation.Effects);
        activation = _interpreter.Apply(_model, activation.State, new ActivityCompleted(activation.State.WaitingAt("triage").Id, Triage), Now);
        effects.AddRange(activation.Effects);
        activation = _interpreter.Apply(_model, activation.State, new TimerFired(activation.State.WaitingAt("late").Id), Now.AddHours(2));
        effects.AddRange(activation.Effects);
        return string.Join('\n', effects.Select(e => JsonSerializer.Serialize(e, e.GetType())));
    }
}
