using Pathway.Engine.Model;
using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Runtime;

public sealed class InterpreterMessageStartTests
{
    private const string NhsNumber = "9434765919"; // synthetic (the NHS test range)

    private readonly Interpreter _interpreter = new();
    private readonly PathwayModel _model = Load("Runtime/Interpreter.messageStart.bpmn");

    [Fact]
    public void Start_WithAMessage_BeginsAtItsMessageStart_JournalledWithTheMessage()
    {
        // when the hospital's discharge notification starts a case
        var started = _interpreter.Start(_model, Vars(("ward", "Elm")), Now, "discharge-notified", NhsNumber);

        // then it began at the message start, not the referral's none start
        var line = started.Effects.OfType<Journaled>().First(j => j.Entry.Kind == JournalKinds.CaseStarted).Entry;
        Assert.Equal("discharge", line.NodeId);
        Assert.Equal("discharge-notified", line.Data!["message"]);
        Assert.DoesNotContain(started.Effects, e => e is Journaled { Entry.NodeId: "referral" });
        // with the payload as its variables and the message's key kept where the start correlates
        Assert.Equal(("Elm", NhsNumber), (started.State.Variables["ward"], started.State.Variables["nhsNumber"]));
    }

    [Fact]
    public void Start_WithoutAMessage_BeginsAtTheNoneStart_AndNamesNoMessage()
    {
        var started = _interpreter.Start(_model, NoVariables, Now);

        var line = started.Effects.OfType<Journaled>().First(j => j.Entry.Kind == JournalKinds.CaseStarted).Entry;
        Assert.Equal(("referral", null), (line.NodeId, line.Data));
    }

    [Fact]
    public void Start_WithAMessageNoStartWaitsFor_IsRefused_NotStartedAtTheNoneStart()
    {
        var refused = Assert.Throws<EngineException>(() => _interpreter.Start(_model, NoVariables, Now, "gp-replied"));

        Assert.Equal(EngineErrors.NoStartEvent, refused.Code);
        Assert.Contains("gp-replied", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_PayloadAlreadyHoldingTheCorrelationVariable_KeepsThePayloadsValue()
    {
        var started = _interpreter.Start(_model, Vars(("nhsNumber", "9999999999")), Now, "discharge-notified", NhsNumber);

        Assert.Equal("9999999999", started.State.Variables["nhsNumber"]);
    }

    [Fact]
    public void SendTask_CarriesTheValueOfItsCorrelationVariable()
    {
        var started = _interpreter.Start(_model, NoVariables, Now, "discharge-notified", NhsNumber);

        var sent = Assert.Single(started.Effects.OfType<MessageSent>());
        Assert.Equal(("gp-informed", NhsNumber), (sent.MessageName, sent.CorrelationKey));
    }

    [Fact]
    public void SendTask_WithoutItsCorrelationVariableSet_SendsWithoutAKey()
    {
        var started = _interpreter.Start(_model, Vars((MessageCorrelation.DefaultVariable, "other")), Now);

        Assert.Null(Assert.Single(started.Effects.OfType<MessageSent>()).CorrelationKey);
    }

    [Fact]
    public void Awaits_MatchesOnTheWaitingElementsCorrelationVariable_NotTheDefault()
    {
        // given a case waiting for the GP's reply, keyed on person.nhsNumber
        var state = _interpreter.Start(_model, Vars(("person", Vars(("nhsNumber", NhsNumber))), (MessageCorrelation.DefaultVariable, "elsewhere")), Now).State;

        // then a reply with that key is for it, a reply with another key (even the default variable's) is not
        Assert.True(MessageCorrelation.Awaits(_model, state, "gp-replied", NhsNumber));
        Assert.False(MessageCorrelation.Awaits(_model, state, "gp-replied", "elsewhere"));
        Assert.True(MessageCorrelation.Awaits(_model, state, "gp-replied", key: null));
        Assert.False(MessageCorrelation.Awaits(_model, state, "discharge-notified", key: null));
    }

    [Fact]
    public void Awaits_AnElementNamingNoVariable_CorrelatesOnTheDefaultVariable()
    {
        var model = Load("Runtime/Interpreter.messaging.bpmn");
        var state = _interpreter.Start(model, Vars((MessageCorrelation.DefaultVariable, "R-1")), Now).State;
        state = _interpreter.Apply(model, state, new TaskCompleted(state.WaitingAt("assess").Id, NoVariables), Now).State;

        Assert.True(MessageCorrelation.Awaits(model, state, "gp-replied", "R-1"));
        Assert.False(MessageCorrelation.Awaits(model, state, "gp-replied", "R-2"));
    }

    [Theory]
    [InlineData("9434765919")]
    [InlineData(9434765919L)]
    [InlineData(true)]
    public void KeyOf_AValueAsSetOrAsReadBackFromTheStore_IsTheSameKey(object value)
    {
        var stored = System.Text.Json.JsonSerializer.SerializeToElement(value);

        Assert.Equal(MessageCorrelation.KeyOf(Vars(("nhsNumber", value)), "nhsNumber"), MessageCorrelation.KeyOf(Vars(("nhsNumber", stored)), "nhsNumber"));
    }
}
