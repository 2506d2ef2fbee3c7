using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Messages;
using Pathway.Runtime.Storage;
using static Pathway.Testing.Messages.MessagePathways;

namespace Pathway.Runtime.Tests.Messages;

public sealed class MessageStartTests : IAsyncLifetime
{
    private const string Locality = "message-shire";
    private const string NhsNumber = "9434765919"; // synthetic, from the NHS test range
    private const string OtherNhsNumber = "9434765870";

    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        await PublishAsync("discharge-follow-up", DischargeFollowUp);
        await PublishAsync("awaits-reply", AwaitsGpReply);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private async Task PublishAsync(string key, string content, string locality = Locality)
    {
        await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, key, locality, content, TestEngine.Coordinator));
        await _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, key, locality, TestEngine.Coordinator));
    }

    private Task<MessageCorrelated> CorrelateAsync(string name, string? key, string deliveryId = "delivery-1", string locality = Locality, string? hash = null) =>
        _engine.SendAsync(new CorrelateMessage(
            new DeliveredMessage(deliveryId, name, locality, key, new Dictionary<string, object?> { ["ward"] = "Elm ward" }, hash), TestEngine.Coordinator));

    private Task<List<CaseRecord>> CasesOnAsync(string pathwayKey) => _engine.QueryAsync(db =>
        db.Cases.AsNoTracking().Where(c => db.Definitions.Any(d => d.Id == c.PathwayDefinitionId && d.Key == pathwayKey)).ToListAsync());

    private async Task<CaseState> StateAsync(Guid caseId) =>
        CaseStateJson.Deserialize(await _engine.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.StateJson).SingleAsync()));

    private async Task<Guid> AwaitingReplyAsync(string nhsNumber) =>
        (await _engine.SendAsync(new StartCase("awaits-reply", Locality,
            new Dictionary<string, object?> { ["person"] = new Dictionary<string, object?> { ["nhsNumber"] = nhsNumber } }, TestEngine.Coordinator))).CaseId;

    [Fact]
    public async Task MessageNoCaseWaitsFor_StartsACaseAtTheMessageStart_WithThePayloadAndItsKey()
    {
        // when the hospital's discharge notification arrives and no case waits for it
        var correlated = await CorrelateAsync(Discharge, NhsNumber);

        // then it started one case on the follow-up pathway, at the message start, journalled with the message
        var started = Assert.Single(correlated.Started);
        Assert.Empty(correlated.Reached);
        var journal = await _engine.JournalAsync(started);
        var line = journal.First(j => j.Kind == JournalKinds.CaseStarted);
        Assert.Equal("Discharged", line.NodeId);
        Assert.Contains(Discharge, line.DataJson, StringComparison.Ordinal);
        var state = await StateAsync(started);
        Assert.Equal(("Elm ward", NhsNumber, Locality), (state.Variables["ward"]?.ToString(), state.Variables["nhsNumber"]?.ToString(), state.Variables["locality"]?.ToString()));
        Assert.Equal("FollowUpCall", Assert.Single(await _engine.OpenTasksAsync(started)).NodeId);
    }

    [Fact]
    public async Task SameDeliveryTwice_StartsOneCase_AndTheRepeatAnswersWithIt()
    {
        var first = await CorrelateAsync(Discharge, NhsNumber, deliveryId: "hospital-42");
        var second = await CorrelateAsync(Discharge, NhsNumber, deliveryId: "hospital-42");

        Assert.Equal(first.Started, second.Started);
        Assert.Equal((false, true), (first.Replay, second.Replay));
        Assert.Single(await CasesOnAsync("discharge-follow-up"));
    }

    [Fact]
    public async Task SameDeliveryAtOnce_StartsOneCase()
    {
        var both = await Task.WhenAll(
            Task.Run(() => CorrelateAsync(Discharge, NhsNumber, deliveryId: "hospital-43")),
            Task.Run(() => CorrelateAsync(Discharge, NhsNumber, deliveryId: "hospital-43")));

        Assert.Equal(both[0].Started, both[1].Started);
        Assert.Single(await CasesOnAsync("discharge-follow-up"));
    }

    [Fact]
    public async Task SameDeliveryIdWithAnotherMessage_IsRefused_AndStartsNothingMore()
    {
        await CorrelateAsync(Discharge, NhsNumber, deliveryId: "hospital-44", hash: "first");

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => CorrelateAsync(Discharge, OtherNhsNumber, deliveryId: "hospital-44", hash: "second"));

        Assert.Equal(ApiErrors.DeliveryIdReused, refused.Code);
        Assert.Single(await CasesOnAsync("discharge-follow-up"));
    }

    [Fact]
    public async Task DifferentDeliveries_EachStartTheirOwnCase()
    {
        await CorrelateAsync(Discharge, NhsNumber, deliveryId: "a");
        await CorrelateAsync(Discharge, OtherNhsNumber, deliveryId: "b");

        Assert.Equal(2, (await CasesOnAsync("discharge-follow-up")).Count);
    }

    [Fact]
    public async Task SeveralPathwaysStartingOnTheMessage_EachStartsOneCase_InKeyOrder()
    {
        await PublishAsync("medicines-review", DischargeFollowUp.Replace("follow-up", "medicines-review", StringComparison.Ordinal));

        var correlated = await CorrelateAsync(Discharge, NhsNumber);

        var followUp = Assert.Single(await CasesOnAsync("discharge-follow-up"));
        var medicines = Assert.Single(await CasesOnAsync("medicines-review"));
        Assert.Equal([followUp.Id, medicines.Id], correlated.Started);
    }

    [Fact]
    public async Task MessageWithAKey_ReachesOnlyTheCaseHoldingItWhereItsWaitCorrelates_AndStartsNothing()
    {
        // given two cases waiting for a GP reply, correlated on person.nhsNumber
        var mine = await AwaitingReplyAsync(NhsNumber);
        var other = await AwaitingReplyAsync(OtherNhsNumber);

        // when the reply for one of them arrives
        var correlated = await CorrelateAsync(GpReply, NhsNumber);

        // then only that case moved on
        Assert.Equal([mine], correlated.Reached);
        Assert.Empty(correlated.Started);
        Assert.Equal("ReadReply", Assert.Single(await _engine.OpenTasksAsync(mine)).NodeId);
        Assert.Equal(BookmarkKind.Message, (await StateAsync(other)).Bookmarks.Single().Kind);
    }

    [Fact]
    public async Task MessageReachingACase_DeliveredAgain_DoesNotStartOrReachAnything()
    {
        var mine = await AwaitingReplyAsync(NhsNumber);
        await CorrelateAsync(GpReply, NhsNumber, deliveryId: "gp-7");

        var again = await CorrelateAsync(GpReply, NhsNumber, deliveryId: "gp-7");

        Assert.Equal([mine], again.Reached);
        Assert.True(again.Replay);
        Assert.Single(await _engine.OpenTasksAsync(mine));
    }

    [Fact]
    public async Task WaitWithoutACorrelationAttribute_CorrelatesOnTheCorrelationKeyVariable()
    {
        await PublishAsync("receiving", """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:test">
              <bpmn:message id="letter" name="gp-letter" />
              <bpmn:process id="receiving" isExecutable="true">
                <bpmn:startEvent id="Start" /><bpmn:receiveTask id="AwaitLetter" messageRef="letter" /><bpmn:endEvent id="End" />
                <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="AwaitLetter" /><bpmn:sequenceFlow id="f2" sourceRef="AwaitLetter" targetRef="End" />
              </bpmn:process>
            </bpmn:definitions>
            """);
        var mine = (await _engine.SendAsync(new StartCase("receiving", Locality, new Dictionary<string, object?> { [MessageCorrelation.DefaultVariable] = "R-1" }, TestEngine.Coordinator))).CaseId;
        await _engine.SendAsync(new StartCase("receiving", Locality, new Dictionary<string, object?> { [MessageCorrelation.DefaultVariable] = "R-2" }, TestEngine.Coordinator));

        var correlated = await CorrelateAsync("gp-letter", "R-1");

        Assert.Equal([mine], correlated.Reached);
    }

    [Fact]
    public async Task MessageNothingWaitsForOrStartsOn_IsRefusedAsNotCorrelated()
    {
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => CorrelateAsync("never-sent", NhsNumber));

        Assert.Equal((Rejection.NotFound, ApiErrors.MessageNotCorrelated), (refused.Rejection, refused.Code));
        Assert.Contains("never-sent", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageForAnotherLocality_StartsNothingHere()
    {
        await Assert.ThrowsAsync<CommandRejectedException>(() => CorrelateAsync(Discharge, NhsNumber, locality: "elsewhere-shire"));

        Assert.Empty(await CasesOnAsync("discharge-follow-up"));
    }

    [Fact]
    public async Task SendTask_MessageNoCaseWaitsFor_StartsTheFollowUpOnce_KeyedByTheSendersVariable()
    {
        // given a ward case that sends the discharge notification, keyed by its nhsNumber
        await PublishAsync("ward", SendsDischarge);
        await _engine.SendAsync(new StartCase("ward", Locality, new Dictionary<string, object?> { ["nhsNumber"] = NhsNumber }, TestEngine.Coordinator));

        // when the outbox delivers it, and (as after a crash before the row was marked) once more
        await _engine.DeliverOutboxAsync();
        await _engine.QueryAsync(db => db.Outbox.ExecuteUpdateAsync(set => set.SetProperty(r => r.DeliveredAt, (DateTimeOffset?)null).SetProperty(r => r.ClaimedUntil, (DateTimeOffset?)null)));
        await _engine.DeliverOutboxAsync();

        // then one follow-up case started, holding the sender's key
        var started = Assert.Single(await CasesOnAsync("discharge-follow-up"));
        Assert.Equal(NhsNumber, (await StateAsync(started.Id)).Variables["nhsNumber"]?.ToString());
        var row = Assert.Single(await _engine.QueryAsync(db => db.Outbox.AsNoTracking().ToListAsync()));
        Assert.Equal(NhsNumber, row.CorrelationKey);
        Assert.StartsWith("started 1 case(s)", row.Outcome, StringComparison.Ordinal);
    }
}
