using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;

namespace Pathway.Runtime.Tests.Signals;

public sealed class BroadcastSignalTests : IAsyncLifetime
{
    private const string Locality = "signal-shire";

    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, "admission-avoidance", Locality, EventPathways.WinterReview, TestEngine.Coordinator));
        await _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, "admission-avoidance", Locality, TestEngine.Coordinator));
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task Broadcast_ReachesEveryCaseWaitingOnTheSignal_AndNoOther()
    {
        // given two cases waiting on the signal and one that is not
        var first = await _engine.SendAsync(new StartCase("admission-avoidance", Locality, Referrals.FallAtHome(), TestEngine.Coordinator));
        var second = await _engine.SendAsync(new StartCase("admission-avoidance", Locality, Referrals.FallAtHome(), TestEngine.Coordinator));
        var other = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));

        // when
        var broadcast = await _engine.SendAsync(new BroadcastSignal("winter-escalation", new Dictionary<string, object?> { ["winterLevel"] = 3L }, TestEngine.Coordinator));

        // then both waiting cases moved to the urgent review, with the payload; the other is untouched
        Assert.Equal(2, broadcast.Cases);
        foreach (var caseId in new[] { first.CaseId, second.CaseId })
            Assert.Equal("coordinator", Assert.Single(await _engine.OpenTasksAsync(caseId)).Role);
        Assert.Equal(other.State.Bookmarks.Count, (await _engine.QueryAsync(db => db.Bookmarks.CountAsync(b => b.CaseId == other.CaseId))));
    }

    [Fact]
    public async Task SecondBroadcast_FindsNobodyStillWaiting()
    {
        await _engine.SendAsync(new StartCase("admission-avoidance", Locality, Referrals.FallAtHome(), TestEngine.Coordinator));
        await _engine.SendAsync(new BroadcastSignal("winter-escalation", new Dictionary<string, object?>(), TestEngine.Coordinator));

        var again = await _engine.SendAsync(new BroadcastSignal("winter-escalation", new Dictionary<string, object?>(), TestEngine.Coordinator));

        Assert.Equal(0, again.Cases);
    }
}
