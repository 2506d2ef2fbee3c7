using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Outbox;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Cases;

public sealed class CallActivityTests : IAsyncLifetime
{
    private const string Locality = "call-shire";
    private const string Calling = "admission-avoidance";
    private const string Called = "end-of-life";

    private TestEngine _engine = null!;

    /// <summary>The calling pathway: the call activity, then a coordinator's follow-up.</summary>
    private static string CallingPathway(string versionAttribute = "", string boundary = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:process id="calling" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:callActivity id="EndOfLife" calledElement="{Called}" {versionAttribute} pathway:inputs="wishes=endOfLifeWishes, nhsNumber" pathway:outputs="preferredPlaceOfDeath=placeOfDeath" />
            <bpmn:userTask id="FollowUp" pathway:role="coordinator" />
            {boundary}
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="EndOfLife" />
            <bpmn:sequenceFlow id="f2" sourceRef="EndOfLife" targetRef="FollowUp" />
            <bpmn:sequenceFlow id="f3" sourceRef="FollowUp" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>The called pathway: one task (named by <paramref name="task"/>, so versions differ), or none at all.</summary>
    private static string CalledPathway(string task = "AgreeWishes", bool waits = true) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:process id="called" isExecutable="true">
            <bpmn:startEvent id="Start" />
            {(waits ? $"<bpmn:userTask id=\"{task}\" pathway:role=\"coordinator\" />" : $"<bpmn:task id=\"{task}\" />")}
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="{task}" />
            <bpmn:sequenceFlow id="f2" sourceRef="{task}" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private async Task PublishAsync(string key, string content)
    {
        await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, key, Locality, content, TestEngine.Coordinator));
        await _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, key, Locality, TestEngine.Coordinator));
    }

    private Task<CaseOutcome> StartCallingCaseAsync() => _engine.SendAsync(new StartCase(Calling, Locality,
        Referrals.FallAtHome(("endOfLifeWishes", "home"), ("nhsNumber", "9434765919")), TestEngine.Coordinator));

    private Task<CaseRecord?> CalledCaseOfAsync(Guid callingCaseId) =>
        _engine.QueryAsync(db => db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.ParentCaseId == callingCaseId));

    private async Task<CaseState> StateAsync(Guid caseId) =>
        CaseStateJson.Deserialize(await _engine.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.StateJson).SingleAsync()));

    [Fact]
    public async Task CallActivity_StartsTheCalledCaseWithTheMappedInputs_AndEachJournalNamesTheOther()
    {
        await PublishAsync(Called, CalledPathway());
        await PublishAsync(Calling, CallingPathway());

        var calling = await StartCallingCaseAsync();

        var called = Assert.IsType<CaseRecord>(await CalledCaseOfAsync(calling.CaseId));
        var state = CaseStateJson.Deserialize(called.StateJson);
        Assert.Equal(("home", "9434765919", Locality), (state.Variables["wishes"], state.Variables["nhsNumber"], state.Variables["locality"]));
        Assert.DoesNotContain("presentingNeed", state.Variables.Keys);
        Assert.Equal("AgreeWishes", Assert.Single(await _engine.OpenTasksAsync(called.Id)).NodeId);
        Assert.Equal(BookmarkKind.Call, Assert.Single(calling.State.Bookmarks, b => b.NodeId == "EndOfLife").Kind);
        var started = Assert.Single(await _engine.JournalAsync(calling.CaseId), j => j.Kind == JournalKinds.CallStarted);
        Assert.Contains(called.Id.ToString(), started.DataJson, StringComparison.OrdinalIgnoreCase);
        var calledBy = (await _engine.JournalAsync(called.Id))[0];
        Assert.Equal(JournalKinds.CalledBy, calledBy.Kind);
        Assert.Contains(calling.CaseId.ToString(), calledBy.DataJson, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CalledCaseEnding_CompletesTheCallActivity_WithOnlyTheMappedOutputs()
    {
        await PublishAsync(Called, CalledPathway());
        await PublishAsync(Calling, CallingPathway());
        var calling = await StartCallingCaseAsync();
        var called = (await CalledCaseOfAsync(calling.CaseId))!;

        // when the called case's task is done, and the outbox delivers its end
        var task = Assert.Single(await _engine.OpenTasksAsync(called.Id));
        await _engine.SendAsync(new CompleteTask(task.Id, new Dictionary<string, object?> { ["placeOfDeath"] = "hospice", ["childOnly"] = 1L }, TestEngine.Coordinator));
        Assert.Empty(await _engine.OpenTasksAsync(calling.CaseId));
        await _engine.DeliverOutboxAsync();

        // then the calling case moved on with the mapped output only
        Assert.Equal("FollowUp", Assert.Single(await _engine.OpenTasksAsync(calling.CaseId)).NodeId);
        var state = await StateAsync(calling.CaseId);
        Assert.Equal("hospice", state.Variables["preferredPlaceOfDeath"]);
        Assert.DoesNotContain("childOnly", state.Variables.Keys);
    }

    [Fact]
    public async Task CalledCaseThatEndsAtOnce_AnswersTheCallInTheSameStep()
    {
        await PublishAsync(Called, CalledPathway(waits: false));
        await PublishAsync(Calling, CallingPathway());

        var calling = await StartCallingCaseAsync();

        Assert.Equal(["FollowUp"], calling.State.Bookmarks.Select(b => b.NodeId));
        Assert.Equal(CaseStatus.Completed, (await CalledCaseOfAsync(calling.CaseId))!.Status);
        Assert.Equal(0, await _engine.QueryAsync(db => db.Outbox.CountAsync(r => r.Kind == OutboxKind.CallEnded)));
    }

    [Theory]
    [InlineData("", "SecondVersionTask")]
    [InlineData("pathway:version=\"1\"", "FirstVersionTask")]
    public async Task CallActivity_RunsThePinnedVersion_OrElseTheLatestPublished(string versionAttribute, string expectedTask)
    {
        await PublishAsync(Called, CalledPathway("FirstVersionTask"));
        await PublishAsync(Called, CalledPathway("SecondVersionTask"));
        await PublishAsync(Calling, CallingPathway(versionAttribute));

        var calling = await StartCallingCaseAsync();

        var called = (await CalledCaseOfAsync(calling.CaseId))!;
        Assert.Equal(expectedTask, Assert.Single(await _engine.OpenTasksAsync(called.Id)).NodeId);
    }

    [Fact]
    public async Task UnpublishedCalledPathway_IsAnIncident_ThatStartsTheCalledCaseWhenRetriedAfterPublishing()
    {
        // given the called pathway is not published yet
        await PublishAsync(Calling, CallingPathway());
        var calling = await StartCallingCaseAsync();
        var incident = Assert.Single(calling.State.Incidents);
        Assert.Equal((EngineErrors.CalledPathwayNotPublished, "EndOfLife"), (incident.Code, incident.NodeId));
        Assert.Contains(Called, incident.Message, StringComparison.Ordinal);
        Assert.Null(await CalledCaseOfAsync(calling.CaseId));

        // when it is published and the incident retried
        await PublishAsync(Called, CalledPathway());
        var retried = await _engine.SendAsync(new RetryIncident(calling.CaseId, incident.Id, TestEngine.Coordinator));

        // then the called case runs
        Assert.False(retried.State.HasOpenIncidents);
        var called = Assert.IsType<CaseRecord>(await CalledCaseOfAsync(calling.CaseId));
        Assert.Equal("AgreeWishes", Assert.Single(await _engine.OpenTasksAsync(called.Id)).NodeId);
    }

    [Fact]
    public async Task CalledCaseEndDeliveredTwice_CompletesTheCallingCaseOnce()
    {
        await PublishAsync(Called, CalledPathway());
        await PublishAsync(Calling, CallingPathway());
        var calling = await StartCallingCaseAsync();
        var called = (await CalledCaseOfAsync(calling.CaseId))!;
        await _engine.SendAsync(new CompleteTask(Assert.Single(await _engine.OpenTasksAsync(called.Id)).Id, new Dictionary<string, object?>(), TestEngine.Coordinator));
        await _engine.DeliverOutboxAsync();

        // when the same delivery comes again (a dispatcher that lost its claim, a replayed row)
        await _engine.QueryAsync(db => db.Outbox.Where(r => r.Kind == OutboxKind.CallEnded)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.DeliveredAt, (DateTimeOffset?)null).SetProperty(r => r.ClaimedUntil, (DateTimeOffset?)null)));
        await _engine.DeliverOutboxAsync();

        // then the calling case took it once
        var journal = await _engine.JournalAsync(calling.CaseId);
        Assert.Single(journal, j => j.Kind == JournalKinds.ActivityCompleted && j.NodeId == "EndOfLife");
        Assert.Single(await _engine.OpenTasksAsync(calling.CaseId));
        var row = await _engine.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(r => r.Kind == OutboxKind.CallEnded));
        Assert.StartsWith(OutboxOutcomes.NotAwaited, row.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosingTheCallingCase_WithdrawsTheCalledCase()
    {
        await PublishAsync(Called, CalledPathway());
        await PublishAsync(Calling, CallingPathway());
        var calling = await StartCallingCaseAsync();
        var called = (await CalledCaseOfAsync(calling.CaseId))!;

        await _engine.SendAsync(new CancelCase(calling.CaseId, "admitted to hospital", TestEngine.Coordinator));
        await _engine.DeliverOutboxAsync();

        Assert.Equal(CaseStatus.Cancelled, (await CalledCaseOfAsync(calling.CaseId))!.Status);
        Assert.Empty(await _engine.OpenTasksAsync(called.Id));
        Assert.Contains(await _engine.JournalAsync(called.Id), j => j.Kind == JournalKinds.CaseCancelled && j.Actor == OutboxDelivery.ActorId);
    }

    [Fact]
    public async Task InterruptingBoundaryOnTheCallActivity_WithdrawsTheCalledCase()
    {
        // given the call activity gives up after two hours, going straight to the follow-up
        await PublishAsync(Called, CalledPathway());
        await PublishAsync(Calling, CallingPathway(boundary: """
            <bpmn:boundaryEvent id="TooLong" attachedToRef="EndOfLife"><bpmn:timerEventDefinition><bpmn:timeDuration>PT2H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f4" sourceRef="TooLong" targetRef="FollowUp" />
            """));
        var calling = await StartCallingCaseAsync();
        var called = (await CalledCaseOfAsync(calling.CaseId))!;

        // when the two hours pass
        await _engine.PassAsync(TimeSpan.FromHours(2));
        await _engine.DeliverOutboxAsync();

        // then the calling case went on and its called case was withdrawn
        Assert.Equal("FollowUp", Assert.Single(await _engine.OpenTasksAsync(calling.CaseId)).NodeId);
        Assert.Equal(CaseStatus.Cancelled, (await CalledCaseOfAsync(calling.CaseId))!.Status);
        Assert.Empty(await _engine.OpenTasksAsync(called.Id));
    }

    [Fact]
    public async Task WithdrawingTheCalledCaseOnItsOwn_StopsTheCallActivityOnAnIncident()
    {
        await PublishAsync(Called, CalledPathway());
        await PublishAsync(Calling, CallingPathway());
        var calling = await StartCallingCaseAsync();
        var called = (await CalledCaseOfAsync(calling.CaseId))!;

        await _engine.SendAsync(new CancelCase(called.Id, "entered in error", TestEngine.Coordinator));
        await _engine.DeliverOutboxAsync();

        var incident = Assert.Single((await StateAsync(calling.CaseId)).Incidents);
        Assert.Equal((EngineErrors.CalledCaseWithdrawn, "EndOfLife"), (incident.Code, incident.NodeId));
    }

    [Fact]
    public async Task PathwayCallingItselfWithNoWait_StopsOnAnIncident_NotAHang()
    {
        // given a pathway whose call activity calls the pathway itself before any wait
        await PublishAsync(Calling, CallingPathway().Replace($"calledElement=\"{Called}\"", $"calledElement=\"{Calling}\"", StringComparison.Ordinal));

        // when a case starts
        var calling = await StartCallingCaseAsync();

        // then the chain of called cases stops a few deep on an incident saying why
        var cases = await _engine.QueryAsync(db => db.Cases.AsNoTracking().Where(c => c.Locality == Locality).ToListAsync());
        Assert.InRange(cases.Count, 2, 10);
        var incidents = await _engine.QueryAsync(db => db.Incidents.AsNoTracking().Where(i => i.Code == EngineErrors.CallsNestedTooDeep).ToListAsync());
        Assert.Equal("EndOfLife", Assert.Single(incidents).NodeId);
        Assert.Contains(cases, c => c.Id == calling.CaseId && c.ParentCaseId is null);
    }
}
