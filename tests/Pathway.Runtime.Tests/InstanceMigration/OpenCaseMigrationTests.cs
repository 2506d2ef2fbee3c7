using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.InstanceMigration;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.InstanceMigration;

/// <summary>
/// Two open cases on version 1 of the shipped pathway: a fall waiting at the trusted assessment
/// and a suspected sepsis waiting to be redirected to 999. Version 2 renames the redirect task
/// (so the sepsis case's wait state is gone), escalates the assessment after a fixed 30 minutes,
/// and adds a medicines review after the assessment.
/// </summary>
public sealed class OpenCaseMigrationTests : IAsyncLifetime
{
    private const string Key = "admission-avoidance";
    private TestEngine _engine = null!;
    private Guid _fall;
    private Guid _sepsis;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        _fall = (await _engine.SendAsync(new StartCase(Key, "national", Referrals.FallAtHome(), TestEngine.Coordinator))).CaseId;
        _sepsis = (await _engine.SendAsync(new StartCase(Key, "national", Referrals.FallAtHome(("sepsisSuspected", true)), TestEngine.Coordinator))).CaseId;
        var draft = await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, Key, "national", await VersionTwoAsync(), TestEngine.Coordinator));
        Assert.Empty(draft.Problems);
        _engine.Clock.Advance(TimeSpan.FromMinutes(5));
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private static async Task<string> VersionTwoAsync()
    {
        var xml = await File.ReadAllTextAsync(Repository.Combine("workflows", "admission-avoidance.bpmn"));
        return xml
            .Replace("RedirectToEmergency", "RedirectTo999", StringComparison.Ordinal)
            .Replace(">=assessmentEscalateAfter</bpmn:timeDuration>", ">PT30M</bpmn:timeDuration>", StringComparison.Ordinal)
            .Replace("<bpmn:sequenceFlow id=\"Flow_Assessed\" sourceRef=\"TrustedAssessment\" targetRef=\"MdtSelection\" />",
                "<bpmn:sequenceFlow id=\"Flow_Assessed\" sourceRef=\"TrustedAssessment\" targetRef=\"MedicinesReview\" />"
                + "<bpmn:userTask id=\"MedicinesReview\" name=\"Medicines review\" pathway:role=\"crisis-response-nurse\" />"
                + "<bpmn:sequenceFlow id=\"Flow_MedicinesReviewed\" sourceRef=\"MedicinesReview\" targetRef=\"MdtSelection\" />", StringComparison.Ordinal);
    }

    private Task<T> WithOpenCasesAsync<T>(Func<OpenCases, Task<T>> query) => _engine.UseAsync(query);

    private Task<MigrationRun> PublishAndMigrateAsync() => PublishThen(() => _engine.SendAsync(new MigrateOpenCases(Key, null, null, null, TestEngine.Coordinator)));

    private async Task<T> PublishThen<T>(Func<Task<T>> then)
    {
        if (await _engine.QueryAsync(db => db.Definitions.AnyAsync(d => d.Kind == DefinitionKind.Pathway && d.Status == DefinitionStatus.Draft)))
            await _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, Key, "national", TestEngine.Coordinator));
        return await then();
    }

    [Fact]
    public async Task OpenCases_AreCountedOnTheVersionTheyRunOn()
    {
        var counts = await WithOpenCasesAsync(o => o.CountAsync(Key, null, CancellationToken.None));

        Assert.Equal(2, counts.Cases);
        Assert.Equal(new OpenCasesOnVersion(1, "national", DefinitionStatus.Published, 2), Assert.Single(counts.Versions));
    }

    [Fact]
    public async Task DryRun_ToTheDraft_ListsTheCaseThatCanMoveAndTheOneWhoseWaitStateWasRemoved()
    {
        var dryRun = await WithOpenCasesAsync(o => o.DryRunAsync(Key, null, null, CancellationToken.None));

        Assert.Equal((2, DefinitionStatus.Draft), (dryRun.Target.Version, dryRun.Target.Status));
        Assert.Equal((1, 1, 0), (dryRun.CanMove, dryRun.CannotMove, dryRun.AlreadyThere));
        var fall = Assert.Single(dryRun.Cases, c => c.CaseId == _fall);
        Assert.True(fall.CanMove);
        Assert.Equal(["TrustedAssessment"], fall.WaitingAt);
        var sepsis = Assert.Single(dryRun.Cases, c => c.CaseId == _sepsis);
        Assert.False(sepsis.CanMove);
        Assert.Equal(["its wait state Redirect to 999 or ED (RedirectToEmergency) was removed"], sepsis.Reasons);
        Assert.Equal(new MigrationReasonCount("its wait state Redirect to 999 or ED (RedirectToEmergency) was removed", 1), Assert.Single(dryRun.Reasons));
    }

    [Fact]
    public async Task DryRun_AfterPublishing_ChecksAgainstThePublishedVersion_AndAfterMovingFindsTheCaseThere()
    {
        var published = await PublishThen(() => WithOpenCasesAsync(o => o.DryRunAsync(Key, null, null, CancellationToken.None)));
        await _engine.SendAsync(new MigrateOpenCases(Key, null, null, null, TestEngine.Coordinator));
        var moved = await WithOpenCasesAsync(o => o.DryRunAsync(Key, null, null, CancellationToken.None));

        Assert.Equal((2, DefinitionStatus.Published, 1, 1), (published.Target.Version, published.Target.Status, published.CanMove, published.CannotMove));
        Assert.Equal((0, 1, 1), (moved.CanMove, moved.CannotMove, moved.AlreadyThere));
        var counts = await WithOpenCasesAsync(o => o.CountAsync(Key, null, CancellationToken.None));
        Assert.Equal([(1, 1), (2, 1)], counts.Versions.Select(v => (v.Version, v.Cases)));
    }

    [Fact]
    public async Task DryRun_ToADraftWhoseTimerReadsAVariableTheCaseLacks_SaysTheVariableIsMissing()
    {
        var xml = (await VersionTwoAsync()).Replace(">PT30M</bpmn:timeDuration>", ">=assessmentEscalateAfterHours</bpmn:timeDuration>", StringComparison.Ordinal);
        await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, Key, "national", xml, TestEngine.Coordinator));

        var dryRun = await WithOpenCasesAsync(o => o.DryRunAsync(Key, null, null, CancellationToken.None));

        var fall = Assert.Single(dryRun.Cases, c => c.CaseId == _fall);
        Assert.Equal(["the timer of Escalate after (AssessmentEscalation) in the target version reads the variable 'assessmentEscalateAfterHours', which the case does not have"], fall.Reasons);
    }

    [Fact]
    public async Task Migrate_MovesTheCaseWhereItStands_ReschedulingOnlyTheTimerThatChanged()
    {
        // given
        var taskBefore = Assert.Single(await _engine.OpenTasksAsync(_fall));
        var timersBefore = await TimersAsync(_fall);
        var journalBefore = (await _engine.JournalAsync(_fall)).Count;

        // when
        var run = await PublishAndMigrateAsync();

        // then the fall moved, still at the same task, not started again
        Assert.Equal(new CaseMigrationOutcome(_fall, 1, 2, Moved: true), Assert.Single(run.Moved));
        Assert.Equal(taskBefore.Id, Assert.Single(await _engine.OpenTasksAsync(_fall)).Id);
        Assert.Equal(2, await VersionOfAsync(_fall));
        // the 30-minute escalation counts from when the assessment was offered (10:00), not from the move (10:05)
        var timers = await TimersAsync(_fall);
        Assert.Equal(timersBefore["ResponseWindowPassed"], timers["ResponseWindowPassed"]);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 13, 0, 0, TimeSpan.Zero), timersBefore["AssessmentEscalation"].DueAt);
        Assert.NotEqual(timersBefore["AssessmentEscalation"].BookmarkId, timers["AssessmentEscalation"].BookmarkId);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.Zero), timers["AssessmentEscalation"].DueAt);
        var journal = (await _engine.JournalAsync(_fall)).Skip(journalBefore).ToList();
        Assert.Equal([JournalKinds.CaseMigrated, JournalKinds.TimerCancelled, JournalKinds.TimerScheduled], journal.Select(j => j.Kind));
        var line = CaseStateJson.DeserializeData(journal[0].DataJson!);
        Assert.Equal((1L, 2L), ((long)line["fromVersion"]!, (long)line["toVersion"]!));
        Assert.Equal(TestEngine.Coordinator.Id, journal[0].Actor);
        // and the sepsis case stays on version 1, with the reason
        var refused = Assert.Single(run.Refused);
        Assert.Equal((_sepsis, ApiErrors.CaseCannotMigrate), (refused.CaseId, refused.Code));
        Assert.Contains("Redirect to 999 or ED (RedirectToEmergency) was removed", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(1, await VersionOfAsync(_sepsis));
    }

    [Fact]
    public async Task Migrate_Repeated_IsANoOp()
    {
        await PublishAndMigrateAsync();
        var journal = (await _engine.JournalAsync(_fall)).Count;

        var again = await PublishAndMigrateAsync();
        var single = await _engine.SendAsync(new MigrateCase(_fall, await DefinitionIdAsync(2), TestEngine.Coordinator));

        Assert.Empty(again.Moved);
        Assert.Equal(1, again.AlreadyThere);
        Assert.Single(again.Refused);
        Assert.Equal(new CaseMigrationOutcome(_fall, 2, 2, Moved: false), single);
        Assert.Equal(journal, (await _engine.JournalAsync(_fall)).Count);
    }

    [Fact]
    public async Task MigratedCase_CompletesOnTheNewVersionsPath()
    {
        await PublishAndMigrateAsync();

        var path = new List<string>();
        foreach (var output in new (string Name, object? Value)[][]
        {
            [("selfNeglect", false)], [], [("handoverRequired", false)], [("outcome", "admission-avoided")],
        })
        {
            var task = Assert.Single(await _engine.OpenTasksAsync(_fall));
            path.Add(task.NodeId ?? "");
            await _engine.SendAsync(new CompleteTask(task.Id, output.ToDictionary(o => o.Name, o => o.Value), TestEngine.Clinician));
        }

        Assert.Equal(["TrustedAssessment", "MedicinesReview", "PlanHandover", "CloseWithOutcome"], path);
        var record = await _engine.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == _fall));
        Assert.Equal(CaseStatus.Completed, record.Status);
        Assert.Empty(await _engine.QueryAsync(db => db.Bookmarks.Where(b => b.CaseId == _fall).ToListAsync()));
    }

    [Fact]
    public async Task Migrate_ToADraft_IsRefusedAndNothingMoves()
    {
        var draft = await DraftIdAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            _engine.SendAsync(new MigrateCase(_fall, draft, TestEngine.Coordinator)));

        Assert.Equal(ApiErrors.MigrationTargetIsDraft, refused.Code);
        Assert.Equal(1, await VersionOfAsync(_fall));
    }

    private Task<long> DraftIdAsync() => _engine.QueryAsync(db => db.Definitions.Where(d => d.Kind == DefinitionKind.Pathway && d.Status == DefinitionStatus.Draft).Select(d => d.Id).SingleAsync());

    private Task<long> DefinitionIdAsync(int version) => _engine.QueryAsync(db => db.Definitions.Where(d => d.Kind == DefinitionKind.Pathway && d.Key == Key && d.Version == version).Select(d => d.Id).SingleAsync());

    private Task<int> VersionOfAsync(Guid caseId) => _engine.QueryAsync(db =>
        db.Cases.Where(c => c.Id == caseId).Join(db.Definitions, c => c.PathwayDefinitionId, d => d.Id, (c, d) => d.Version).SingleAsync());

    private Task<Dictionary<string, (string BookmarkId, DateTimeOffset? DueAt)>> TimersAsync(Guid caseId) => _engine.QueryAsync(async db =>
        (await db.Bookmarks.AsNoTracking().Where(b => b.CaseId == caseId && b.Kind == BookmarkKind.Timer).ToListAsync()).ToDictionary(b => b.NodeId, b => (b.BookmarkId, b.DueAt)));
}
