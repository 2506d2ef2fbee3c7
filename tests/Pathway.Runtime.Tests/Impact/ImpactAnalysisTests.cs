using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Rules;

namespace Pathway.Runtime.Tests.Impact;

/// <summary>
/// Past referrals replayed through a draft that sends falls to a routine GP response instead
/// of a 2-hour community physiotherapy visit.
/// </summary>
public sealed class ImpactAnalysisTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private Guid _olderCase;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        foreach (var referral in new[]
        {
            Referrals.FallAtHome(), Referrals.FallAtHome(("age", 91L)), Referrals.FallAtHome(("clinicalFrailtyScale", 4L)),
            Referrals.FallAtHome(("longLie", true)),
            Referrals.FallAtHome(("presentingNeed", "catheter-care")),
            Referrals.FallAtHome(("sepsisSuspected", true)),
        })
        {
            await _engine.SendAsync(new StartCase("admission-avoidance", "national", referral, TestEngine.Coordinator));
        }
        // A case journalled by an engine that did not yet record the case's facts.
        _olderCase = (await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator))).CaseId;
        await _engine.QueryAsync(async db =>
        {
            foreach (var line in await db.Journal.Where(j => j.CaseId == _olderCase && j.Kind == RuntimeJournalKinds.RulesDecided).ToListAsync())
            {
                var data = JsonNode.Parse(line.DataJson!)!.AsObject();
                data.Remove("facts");
                line.DataJson = data.ToJsonString();
            }
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private Task<IReadOnlyList<PastCase>> PastAsync() => _engine.QueryAsync(db =>
        PastCases.ReadAsync(db, "national", _engine.Clock.GetUtcNow().AddDays(-90), _engine.Clock.GetUtcNow().AddMinutes(1), CancellationToken.None));

    [Fact]
    public async Task FallsToRoutineGp_ChangesExactlyTheFallsThatWereTwoHourPhysio()
    {
        // when
        var report = ImpactAnalysis.Run(await PastAsync(), DraftWithFallsRoutine());

        // then three falls move; the long lie, the catheter and the sepsis cases do not
        Assert.Equal((7, 6, 3, 3), (report.Cases, report.Replayed, report.Changed, report.Unchanged));
        var triage = Assert.Single(report.Transitions, t => t.RuleSet == ImpactAnalysis.TriageRuleSet);
        Assert.Equal(("community-physiotherapist/2-hour", "gp/routine", 3), (triage.Before, triage.After, triage.Cases));
        Assert.Equal(new RuleChange("fall", "fall", 3), Assert.Single(triage.ByRule));
        Assert.Equal(3, triage.Examples.Count);
    }

    [Fact]
    public async Task ChangedTriage_FlowsIntoTheEscalationWindowsAfterIt()
    {
        var report = ImpactAnalysis.Run(await PastAsync(), DraftWithFallsRoutine());

        var escalation = Assert.Single(report.Transitions, t => t.RuleSet == "escalation");
        Assert.Equal(3, escalation.Cases);
        Assert.NotEqual(escalation.Before, escalation.After);
    }

    [Fact]
    public async Task CaseJournalledWithoutItsFacts_IsCountedAsCannotReplayWithTheReason()
    {
        var report = ImpactAnalysis.Run(await PastAsync(), DraftWithFallsRoutine());

        var cannot = Assert.Single(report.CannotReplay);
        Assert.Equal(1, cannot.Cases);
        Assert.Contains("without the case's facts", cannot.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Transitions.SelectMany(t => t.Examples), id => id == _olderCase);
    }

    [Fact]
    public async Task Measures_TwoHourShareAndDailyLoadPerRoleAndTeam_BeforeAndAfter()
    {
        var report = ImpactAnalysis.Run(await PastAsync(), DraftWithFallsRoutine());

        // five community referrals replayed (the sepsis case is outside community care); all five were 2-hour, two stay so
        Assert.Equal((1.0, 0.4), (report.Measures.TwoHourShareBefore, report.Measures.TwoHourShareAfter));
        var physio = Assert.Single(report.Measures.LoadPerRoleDay, l => l.Role == "community-physiotherapist");
        var gp = Assert.Single(report.Measures.LoadPerRoleDay, l => l.Role == "gp");
        Assert.Equal((3, 0, 0, 3), (physio.Before, physio.After, gp.Before, gp.After));
        // the cases ran in no locality of the register, so each is its own locality's team, as case access reads it
        Assert.Equal(("national", "national"), (physio.Team, gp.Team));
    }

    [Fact]
    public async Task SameRules_ChangeNothing()
    {
        var report = ImpactAnalysis.Run(await PastAsync(), new RuleSetEvaluator(Published()));

        Assert.Equal(0, report.Changed);
        Assert.Empty(report.Transitions);
    }

    [Fact]
    public async Task PeriodWithNoCases_ReportsNoCases()
    {
        var none = await _engine.QueryAsync(db => PastCases.ReadAsync(db, "national", _engine.Clock.GetUtcNow().AddDays(-200), _engine.Clock.GetUtcNow().AddDays(-100), CancellationToken.None));

        Assert.Equal(0, ImpactAnalysis.Run(none, DraftWithFallsRoutine()).Cases);
    }

    private static FileRuleSetSource Published() => new(Repository.Combine("rules"));

    private static RuleSetEvaluator DraftWithFallsRoutine()
    {
        var published = Published();
        var json = RuleDrafts.FallsRoutine(published.FindPublished(ImpactAnalysis.TriageRuleSet, null)!.Json, role: "gp");
        return new RuleSetEvaluator(new DraftOverlaySource(published, RuleSetVersion.Create(ImpactAnalysis.TriageRuleSet, null, 99, json)));
    }
}
