using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Cases;

public sealed class CaseLifecycleTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task StartCase_FallAtHome_IsRoutedByTheRulesAndWaitsAtTheTrustedAssessment()
    {
        // when
        var outcome = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));

        // then
        var task = Assert.Single(await _engine.OpenTasksAsync(outcome.CaseId));
        Assert.Equal(("TrustedAssessment", "community-physiotherapist"), (task.NodeId, task.Role));
        Assert.Equal(_engine.Clock.GetUtcNow().AddHours(2), task.DueAt);
        var decision = (await _engine.JournalAsync(outcome.CaseId)).First(j => j.Kind == RuntimeJournalKinds.RulesDecided);
        var data = CaseStateJson.DeserializeData(decision.DataJson!);
        Assert.Equal(("best-placed-assessor", "fall", 1L), ((string)data["ruleSet"]!, (string)data["rule"]!, (long)data["version"]!));
        Assert.Equal("fall", ((Dictionary<string, object?>)data["inputs"]!)["presentingNeed"]);
    }

    [Fact]
    public async Task ARuleSetDecidedWithinTheStep_IsJournalledAsItsNodeItsDecisionAndItsCompletion_WithNoRequestLine()
    {
        // when a case starts, its triage decided by the rules in the same command
        var outcome = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));

        // then the triage step reads node entered, rules decided, activity completed (naming the rule set), and nothing asked for it
        var journal = await _engine.JournalAsync(outcome.CaseId);
        Assert.DoesNotContain(journal, j => j.Kind == JournalKinds.ActivityRequested);
        Assert.Equal([JournalKinds.NodeEntered, RuntimeJournalKinds.RulesDecided, JournalKinds.ActivityCompleted],
            journal.Where(j => j.NodeId == "Triage").Select(j => j.Kind));
        var completed = CaseStateJson.DeserializeData(journal.Single(j => j.NodeId == "Triage" && j.Kind == JournalKinds.ActivityCompleted).DataJson!);
        Assert.Equal(("RuleSet", "best-placed-assessor"), ((string)completed["kind"]!, (string)completed["name"]!));
    }

    [Fact]
    public async Task CompletingEachTask_CarriesTheCaseThroughMdtAndHandoverToTheEnd()
    {
        // given
        var start = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));
        var caseId = start.CaseId;

        // when
        await CompleteOnlyTaskAsync(caseId, "TrustedAssessment", ("selfNeglect", true));
        await CompleteOnlyTaskAsync(caseId, "MdtReview", ("mdtDecision", "Reablement at home with a falls plan"), ("mdtActions", new List<object?>()));
        await CompleteOnlyTaskAsync(caseId, "PlanHandover", ("handoverRequired", true), ("receivingService", "reablement"));
        await _engine.SendAsync(new DeliverMessage(caseId, "handover-accepted", new Dictionary<string, object?> { ["handoverAccepted"] = true }, TestEngine.Coordinator));
        await CompleteOnlyTaskAsync(caseId, "CloseWithOutcome", ("outcome", "admission-avoided"));

        // then
        var record = await _engine.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Equal(CaseStatus.Completed, record.Status);
        Assert.Empty(await _engine.QueryAsync(db => db.Bookmarks.Where(b => b.CaseId == caseId).ToListAsync()));
        var journal = await _engine.JournalAsync(caseId);
        Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(j => j.Sequence));
        Assert.Equal(JournalKinds.CaseCompleted, journal[^1].Kind);
    }

    [Fact]
    public async Task MdtActions_EachIsAWorklistTaskWithItsTitleOwnerAndDueTime_AndClosureWaitsForThem()
    {
        // given a case at its MDT review
        var caseId = (await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator))).CaseId;
        await CompleteOnlyTaskAsync(caseId, "TrustedAssessment", ("selfNeglect", true));
        var due = _engine.Clock.GetUtcNow().AddDays(2);

        // when the MDT agrees an action for a role and one for a named person
        await CompleteOnlyTaskAsync(caseId, "MdtReview", ("mdtDecision", "Home with support"), ("mdtActions", new List<object?>
        {
            new Dictionary<string, object?> { ["description"] = "Medication review", ["ownerRole"] = "district-nurse", ["ownerPerson"] = null, ["dueAt"] = due },
            new Dictionary<string, object?> { ["description"] = "Order a perching stool", ["ownerRole"] = "occupational-therapist", ["ownerPerson"] = "ot-1", ["dueAt"] = due.AddDays(1) },
        }));

        // then each is a task on the worklist: titled by the action, for its owner, due when the MDT said
        var actions = (await _engine.OpenTasksAsync(caseId)).Where(t => t.NodeId == "MdtActions").OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        Assert.Equal([("Medication review", "district-nurse", null, WorkTaskStatus.Ready, due), ("Order a perching stool", "occupational-therapist", "ot-1", WorkTaskStatus.InProgress, due.AddDays(1))],
            actions.Select(t => (t.Name, t.Role, t.Owner, t.Status, t.DueAt!.Value)));

        // and when the handover is settled, the closure waits until both are done
        await _engine.SendAsync(new CompleteTask((await _engine.OpenTasksAsync(caseId)).Single(t => t.NodeId == "PlanHandover").Id,
            new Dictionary<string, object?> { ["handoverRequired"] = false }, TestEngine.Clinician));
        Assert.DoesNotContain(await _engine.OpenTasksAsync(caseId), t => t.NodeId == "CloseWithOutcome");
        await _engine.SendAsync(new CompleteTask(actions[0].Id, new Dictionary<string, object?> { ["note"] = "Amlodipine reduced" }, new Actor("dn-1", "District nurse (synthetic)", ["district-nurse"], ["north"])));
        await _engine.SendAsync(new CompleteTask(actions[1].Id, new Dictionary<string, object?> { ["note"] = "Stool delivered" }, new Actor("ot-1", "OT (synthetic)", ["occupational-therapist"], ["north"])));
        Assert.Contains(await _engine.OpenTasksAsync(caseId), t => t.NodeId == "CloseWithOutcome");
    }

    [Fact]
    public async Task TwoPeopleCompletingTheSameTaskAtOnce_OneWinsAndTheOtherIsRefused()
    {
        // given
        var start = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));
        var task = Assert.Single(await _engine.OpenTasksAsync(start.CaseId));
        var output = new Dictionary<string, object?>();

        // when
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                await _engine.SendAsync(new CompleteTask(task.Id, output, TestEngine.Clinician));
                return "completed";
            }
            catch (Exception ex) when (ex is EngineException or CommandRejectedException)
            {
                return "refused";
            }
        }));

        // then
        Assert.Equal(1, results.Count(r => r == "completed"));
        var journal = await _engine.JournalAsync(start.CaseId);
        Assert.Single(journal, j => j.Kind == JournalKinds.TaskCompleted && j.NodeId == "TrustedAssessment");
    }

    [Fact]
    public async Task CompleteTask_ByAnotherDiscipline_IsForbidden()
    {
        var start = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));
        var task = Assert.Single(await _engine.OpenTasksAsync(start.CaseId));

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            _engine.SendAsync(new CompleteTask(task.Id, new Dictionary<string, object?>(), TestEngine.Coordinator)));

        Assert.Equal(Rejection.Forbidden, refused.Rejection);
        Assert.Single(await _engine.OpenTasksAsync(start.CaseId));
    }

    private async Task CompleteOnlyTaskAsync(Guid caseId, string nodeId, params (string Name, object? Value)[] output)
    {
        var task = Assert.Single(await _engine.OpenTasksAsync(caseId));
        Assert.Equal(nodeId, task.NodeId);
        await _engine.SendAsync(new CompleteTask(task.Id, output.ToDictionary(o => o.Name, o => o.Value), TestEngine.Clinician));
    }
}
