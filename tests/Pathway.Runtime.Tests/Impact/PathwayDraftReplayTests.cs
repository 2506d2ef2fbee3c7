using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Bpmn;
using Pathway.Rules.Evaluation;
using Pathway.Rules.Loading;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Impact;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Impact;

/// <summary>
/// Past referrals replayed through a pathway draft with the published rules: the draft escalates
/// an unstarted assessment after a fixed 30 minutes (not the escalation rule set's window), and
/// takes to the MDT only those selected whose frailty is 7 or more.
/// </summary>
public sealed class PathwayDraftReplayTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private Guid _selectedForMdt;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        foreach (var referral in new[] { Referrals.FallAtHome(), Referrals.FallAtHome(("clinicalFrailtyScale", 8L)), Referrals.FallAtHome(("presentingNeed", "catheter-care")), Referrals.FallAtHome(("sepsisSuspected", true)) })
            await _engine.SendAsync(new StartCase("admission-avoidance", "national", referral, TestEngine.Coordinator));
        // One fall is assessed with self-neglect, so the MDT selection decides it (CFS 6: selected).
        _selectedForMdt = (await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator))).CaseId;
        var assessment = Assert.Single(await _engine.OpenTasksAsync(_selectedForMdt));
        await _engine.SendAsync(new CompleteTask(assessment.Id, new Dictionary<string, object?> { ["selfNeglect"] = true }, TestEngine.Clinician));
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    public static string Draft(string xml) => xml
        .Replace(">=assessmentEscalateAfter</bpmn:timeDuration>", ">PT30M</bpmn:timeDuration>", StringComparison.Ordinal)
        .Replace(">mdtNeeded == true</bpmn:conditionExpression>", ">mdtNeeded == true and clinicalFrailtyScale >= 7</bpmn:conditionExpression>", StringComparison.Ordinal);

    private async Task<ImpactReport> ReplayAsync(Func<string, string> draft)
    {
        var past = await _engine.QueryAsync(db => PastCases.ReadAsync(db, "national", _engine.Clock.GetUtcNow().AddDays(-90), _engine.Clock.GetUtcNow().AddMinutes(1), CancellationToken.None));
        var published = await _engine.QueryAsync(db => db.Definitions.AsNoTracking().SingleAsync(d => d.Kind == DefinitionKind.Pathway && d.Status == DefinitionStatus.Published));
        var pathway = new PathwayReplay(
            new Dictionary<long, Engine.Model.PathwayModel> { [published.Id] = BpmnReader.Read(published.Content) },
            BpmnReader.Read(draft(published.Content)));
        return ImpactAnalysis.Run(past, new RuleSetEvaluator(new FileRuleSetSource(Repository.Combine("rules"))), pathway: pathway);
    }

    [Fact]
    public async Task PathwayDraft_ChangesTheEscalationWindowOfEveryCommunityCase_AndTheMdtSelectionOfTheLessFrail()
    {
        var report = await ReplayAsync(Draft);

        // four community cases get the 30-minute escalation; the sepsis redirect does not change
        Assert.Equal((5, 5, 4, 1), (report.Cases, report.Replayed, report.Changed, report.Unchanged));
        Assert.All(report.Transitions, t => Assert.Equal(PathwayStep.RuleSet, t.RuleSet));
        Assert.Equal(
            [
                ("MdtReview for mdt, due P1D; MdtReviewOverdue after P1D", "PlanHandover for community-physiotherapist", 1),
                ("TrustedAssessment for community-physiotherapist, due PT2H; ResponseWindowPassed after PT2H; AssessmentEscalation after PT3H",
                 "TrustedAssessment for community-physiotherapist, due PT2H; ResponseWindowPassed after PT2H; AssessmentEscalation after PT30M", 3),
                ("TrustedAssessment for district-nurse, due PT2H; ResponseWindowPassed after PT2H; AssessmentEscalation after PT3H",
                 "TrustedAssessment for district-nurse, due PT2H; ResponseWindowPassed after PT2H; AssessmentEscalation after PT30M", 1),
            ],
            report.Transitions.Select(t => (t.Before, t.After, t.Cases)).OrderBy(t => t.Before, StringComparer.Ordinal));
        var mdt = Assert.Single(report.Transitions, t => t.After.StartsWith("PlanHandover", StringComparison.Ordinal));
        Assert.Equal([_selectedForMdt], mdt.Examples);
        Assert.Equal(new RuleChange("MdtSelection", "MdtSelection", 1), Assert.Single(mdt.ByRule));
    }

    [Fact]
    public async Task PathwayDraftWithoutTheMdtSelectionTask_MakesNoMdtDecision()
    {
        var report = await ReplayAsync(xml => Regex.Replace(xml,
            "<bpmn:businessRuleTask id=\"MdtSelection\"[^>]*>(.*?)</bpmn:businessRuleTask>", "<bpmn:task id=\"MdtSelection\" name=\"MDT selection\">$1</bpmn:task>", RegexOptions.Singleline));

        var selection = Assert.Single(report.Transitions, t => t.RuleSet == "mdt-selection");
        Assert.Equal(("no decision", 1), (selection.After, selection.Cases));
        Assert.Equal(1, report.Changed);
    }

    [Fact]
    public async Task SamePathway_ChangesNothing()
    {
        var report = await ReplayAsync(xml => xml);

        Assert.Equal((5, 0), (report.Replayed, report.Changed));
        Assert.Empty(report.Transitions);
    }
}
