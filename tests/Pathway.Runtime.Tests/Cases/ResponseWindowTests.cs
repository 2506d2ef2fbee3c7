using Pathway.Engine.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Cases;

public sealed class ResponseWindowTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task NobodyStartsTheAssessment_CoordinatorIsAlertedAtTwoHoursAndTakesOverAtThree()
    {
        // given
        var start = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));

        // when two hours pass
        await _engine.PassAsync(TimeSpan.FromHours(2));

        // then the assessment is still open and the duty coordinator is alerted beside it
        var open = await _engine.OpenTasksAsync(start.CaseId);
        Assert.Equal(["TrustedAssessment", "AlertAssessmentNotStarted"], open.Select(t => t.NodeId));
        Assert.Equal("coordinator", open[1].Role);

        // when another hour passes
        await _engine.PassAsync(TimeSpan.FromHours(1));

        // then the assessment is withdrawn and the coordinator arranges it
        open = await _engine.OpenTasksAsync(start.CaseId);
        Assert.Equal(["AlertAssessmentNotStarted", "ArrangeEscalatedAssessment"], open.Select(t => t.NodeId));
        var withdrawn = await _engine.QueryAsync(db => Task.FromResult(db.WorkTasks.Single(t => t.CaseId == start.CaseId && t.NodeId == "TrustedAssessment")));
        Assert.Equal(WorkTaskStatus.Cancelled, withdrawn.Status);
    }

    [Fact]
    public async Task AssessmentStartedInTime_CancelsBothTimers()
    {
        var start = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));
        var assessment = Assert.Single(await _engine.OpenTasksAsync(start.CaseId));

        _engine.Clock.Advance(TimeSpan.FromMinutes(90));
        await _engine.SendAsync(new CompleteTask(assessment.Id, new Dictionary<string, object?>(), TestEngine.Clinician));
        await _engine.PassAsync(TimeSpan.FromHours(5));

        var journal = await _engine.JournalAsync(start.CaseId);
        Assert.DoesNotContain(journal, j => j.Kind == JournalKinds.TimerFired);
        Assert.Equal(2, journal.Count(j => j.Kind == JournalKinds.TimerCancelled));
    }

    [Fact]
    public async Task FireTimer_TwiceForOneBookmark_FiresOnce()
    {
        var start = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));
        var alert = start.State.Bookmarks.Single(b => b.NodeId == "ResponseWindowPassed");
        _engine.Clock.Advance(TimeSpan.FromHours(2));

        await _engine.SendAsync(new FireTimer(start.CaseId, alert.Id));
        var second = await _engine.SendAsync(new FireTimer(start.CaseId, alert.Id));

        Assert.NotNull(second);
        Assert.Empty(second.Effects);
        Assert.Single(await _engine.JournalAsync(start.CaseId), j => j.Kind == JournalKinds.TimerFired);
    }
}
