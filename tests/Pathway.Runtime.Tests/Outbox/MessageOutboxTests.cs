using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Outbox;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Outbox;

public sealed class MessageOutboxTests : IAsyncLifetime
{
    private const string Locality = "outbox-shire";
    private const string Message = EventPathways.GpLetterMessage;

    // The receiving case waits for the GP letter, then a coordinator follows up.
    private const string ReceivingPathway = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:message id="letter" name="{Message}" />
          <bpmn:process id="receiving" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:receiveTask id="AwaitLetter" messageRef="letter" />
            <bpmn:userTask id="FollowUp" pathway:role="coordinator" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="AwaitLetter" />
            <bpmn:sequenceFlow id="f2" sourceRef="AwaitLetter" targetRef="FollowUp" />
            <bpmn:sequenceFlow id="f3" sourceRef="FollowUp" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        foreach (var (key, content) in new[] { ("admission-avoidance", ReceivingPathway), ("gp-letter", EventPathways.SendsGpLetter) })
        {
            await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, key, Locality, content, TestEngine.Coordinator));
            await _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, key, Locality, TestEngine.Coordinator));
        }
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private Task<CaseOutcome> StartAsync(string key, string? correlationKey = null) =>
        _engine.SendAsync(new StartCase(key, Locality, correlationKey is null ? Referrals.FallAtHome() : Referrals.FallAtHome((MessageCorrelation.DefaultVariable, correlationKey)), TestEngine.Coordinator));

    private async Task<int> LettersReceivedAsync(Guid caseId) =>
        (await _engine.JournalAsync(caseId)).Count(j => j.Kind == JournalKinds.MessageReceived);

    private Task<List<OutboxRecord>> OutboxAsync() => _engine.QueryAsync(db => db.Outbox.AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task SendTask_WritesItsMessageWithTheStep_AndTheWaitingCaseTakesItOnceDelivered()
    {
        // given a case waiting for the letter
        var receiving = await StartAsync("admission-avoidance");

        // when another case sends it
        var sending = await StartAsync("gp-letter");

        // then the message is in the outbox, committed with the sender's step, and not yet delivered
        var sent = Assert.Single(await OutboxAsync());
        Assert.Equal((OutboxKind.Message, Message, sending.CaseId, (DateTimeOffset?)null), (sent.Kind, sent.Name, sent.SourceCaseId, sent.DeliveredAt));
        Assert.NotEqual(Guid.Empty, sent.DeliveryId);
        Assert.Equal(0, await LettersReceivedAsync(receiving.CaseId));

        // and once the dispatcher runs, the waiting case took it, once
        await _engine.DeliverOutboxAsync();
        Assert.Equal(1, await LettersReceivedAsync(receiving.CaseId));
        Assert.Equal("FollowUp", Assert.Single(await _engine.OpenTasksAsync(receiving.CaseId)).NodeId);
        Assert.All(await OutboxAsync(), r => Assert.NotNull(r.DeliveredAt));
    }

    [Fact]
    public async Task CrashBetweenCommitAndDispatch_TheMessageIsDeliveredOnceAfterRestart()
    {
        // given the sender's step committed and the host stopped before its dispatcher ran
        var receiving = await StartAsync("admission-avoidance");
        await StartAsync("gp-letter");

        // when a dispatcher starts again (a restarted host has nothing in memory, only the rows)
        await _engine.DeliverOutboxAsync(_engine.AnotherDispatcher());
        await _engine.DeliverOutboxAsync();

        // then the waiting case took the letter once
        Assert.Equal(1, await LettersReceivedAsync(receiving.CaseId));
    }

    [Fact]
    public async Task RowsClaimedByADispatcherThatDied_AreDeliveredOnceTheClaimRunsOut()
    {
        // given a dispatcher claimed the letter, then its host died
        var receiving = await StartAsync("admission-avoidance");
        await StartAsync("gp-letter");
        var lease = _engine.Clock.GetUtcNow() + TimeSpan.FromMinutes(1);
        await _engine.QueryAsync(db => db.Outbox.ExecuteUpdateAsync(set => set.SetProperty(r => r.ClaimToken, Guid.NewGuid()).SetProperty(r => r.ClaimedUntil, lease)));

        // when another dispatcher looks before and after the claim ran out
        await _engine.DeliverOutboxAsync(_engine.AnotherDispatcher());
        Assert.Equal(0, await LettersReceivedAsync(receiving.CaseId));
        _engine.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await _engine.DeliverOutboxAsync(_engine.AnotherDispatcher());

        // then the letter arrived, once
        Assert.Equal(1, await LettersReceivedAsync(receiving.CaseId));
    }

    [Fact]
    public async Task TwoDispatchersRacing_DeliverEveryMessageOnce()
    {
        // given ten waiting cases, each correlated to its own sender
        var receivers = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            receivers.Add((await StartAsync("admission-avoidance", $"letter-{i}")).CaseId);
            await StartAsync("gp-letter", $"letter-{i}");
        }

        // when two hosts' dispatchers deliver at the same time
        await Task.WhenAll(
            Task.Run(() => _engine.DeliverOutboxAsync(_engine.AnotherDispatcher())),
            Task.Run(() => _engine.DeliverOutboxAsync(_engine.AnotherDispatcher())));
        await _engine.DeliverOutboxAsync();

        // then each case took its letter exactly once, and every row is marked delivered
        foreach (var receiver in receivers)
            Assert.Equal(1, await LettersReceivedAsync(receiver));
        var rows = await OutboxAsync();
        Assert.Equal(20, rows.Count);
        Assert.All(rows, r => Assert.Equal(OutboxOutcomes.Delivered, r.Kind == OutboxKind.Message ? OutboxOutcomes.Delivered : r.Outcome));
    }

    [Fact]
    public async Task MessageWithACorrelationKey_ReachesOnlyTheCaseHoldingTheSameKey()
    {
        var mine = await StartAsync("admission-avoidance", "9434765919");
        var other = await StartAsync("admission-avoidance", "9434765870");

        await StartAsync("gp-letter", "9434765919");
        await _engine.DeliverOutboxAsync();

        Assert.Equal((1, 0), (await LettersReceivedAsync(mine.CaseId), await LettersReceivedAsync(other.CaseId)));
    }

    [Fact]
    public async Task MessageNobodyWaitsFor_IsMarkedNotAwaited_NotTriedForEver()
    {
        await StartAsync("gp-letter");

        await _engine.DeliverOutboxAsync();

        var row = Assert.Single(await OutboxAsync());
        Assert.Equal((OutboxOutcomes.NotAwaited, 1), (row.Outcome, row.Attempts));
        Assert.NotNull(row.DeliveredAt);
    }
}
