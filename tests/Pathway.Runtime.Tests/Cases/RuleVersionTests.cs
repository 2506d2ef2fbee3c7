using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Runtime;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Cases;

public sealed class RuleVersionTests : IAsyncLifetime
{
    private const string Locality = "test-shire";

    // A pathway that asks a rule set the seed does not have, so the test controls when it exists.
    private const string FrailtyPathway = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:process id="admission-avoidance" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:businessRuleTask id="Decide" pathway:ruleSet="frailty-review"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:businessRuleTask>
            <bpmn:userTask id="Review" pathway:role="=assessorRole"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing></bpmn:userTask>
            <bpmn:endEvent id="End"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Decide" />
            <bpmn:sequenceFlow id="f2" sourceRef="Decide" targetRef="Review" />
            <bpmn:sequenceFlow id="f3" sourceRef="Review" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static string FrailtyRules(string role) => $$"""
        {
          "WorkflowName": "frailty-review",
          "Rules": [
            {
              "RuleName": "frail",
              "Expression": "referral.clinicalFrailtyScale >= 5",
              "Properties": { "description": "Frail: reviewed by {{role}}.", "outputs": { "assessorRole": "{{role}}" } }
            },
            {
              "RuleName": "everyone-else",
              "Expression": "true",
              "Properties": { "description": "Otherwise the coordinator reviews.", "outputs": { "assessorRole": "coordinator" } }
            }
          ]
        }
        """;

    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, "admission-avoidance", Locality, FrailtyPathway, TestEngine.Coordinator));
        await _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, "admission-avoidance", Locality, TestEngine.Coordinator));
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task MissingRuleSet_RaisesAnIncident_ThatRetriesOncePublished()
    {
        // given a case whose rule set does not exist yet
        var start = await _engine.SendAsync(new StartCase("admission-avoidance", Locality, Referrals.FallAtHome(), TestEngine.Coordinator));
        var incident = Assert.Single(start.State.Incidents);
        Assert.Equal("PW3101", incident.Code);
        Assert.True(await _engine.QueryAsync(db => db.Cases.AnyAsync(c => c.Id == start.CaseId && c.HasIncidents)));

        // when the rule set is published and the incident retried
        await _engine.SendAsync(new SaveDraft(DefinitionKind.RuleSet, "frailty-review", "national", FrailtyRules("district-nurse"), TestEngine.Coordinator));
        await _engine.SendAsync(new PublishDefinition(DefinitionKind.RuleSet, "frailty-review", "national", TestEngine.Coordinator));
        var retried = await _engine.SendAsync(new RetryIncident(start.CaseId, incident.Id, TestEngine.Coordinator));

        // then the case moves on, with nothing lost
        Assert.False(retried.State.HasOpenIncidents);
        Assert.Equal("district-nurse", Assert.Single(await _engine.OpenTasksAsync(start.CaseId)).Role);
    }

    [Fact]
    public async Task PublishingANewVersion_NeverChangesADecisionAlreadyMade()
    {
        // given a case decided by version 1
        await PublishAsync("district-nurse");
        var first = await _engine.SendAsync(new StartCase("admission-avoidance", Locality, Referrals.FallAtHome(), TestEngine.Coordinator));

        // when version 2 is published and a second case starts
        await PublishAsync("occupational-therapist");
        var second = await _engine.SendAsync(new StartCase("admission-avoidance", Locality, Referrals.FallAtHome(), TestEngine.Coordinator));

        // then each keeps the decision and version it was made with
        Assert.Equal(("district-nurse", 1L), await DecisionAsync(first.CaseId));
        Assert.Equal(("occupational-therapist", 2L), await DecisionAsync(second.CaseId));
        Assert.Equal("district-nurse", Assert.Single(await _engine.OpenTasksAsync(first.CaseId)).Role);
    }

    [Fact]
    public async Task AnInvalidRuleSet_IsSavedAsADraftWithItsProblems_RefusedOnPublish_AndThePublishedOneStaysInForce()
    {
        await PublishAsync("district-nurse");

        var saved = await _engine.SendAsync(
            new SaveDraft(DefinitionKind.RuleSet, "frailty-review", "national", FrailtyRules("district-nurse").Replace("clinicalFrailtyScale", "clinicalFrailtyScore", StringComparison.Ordinal), TestEngine.Coordinator));
        var refused = await Assert.ThrowsAsync<DefinitionNotPublishableException>(() => _engine.SendAsync(
            new PublishDefinition(DefinitionKind.RuleSet, "frailty-review", "national", TestEngine.Coordinator)));

        Assert.Contains(saved.Problems, p => p.Code == "PW3009" && p.Element == "frail");
        Assert.Contains(refused.Problems, p => p.Code == "PW3009");
        var start = await _engine.SendAsync(new StartCase("admission-avoidance", Locality, Referrals.FallAtHome(), TestEngine.Coordinator));
        Assert.Equal(("district-nurse", 1L), await DecisionAsync(start.CaseId));
    }

    private async Task PublishAsync(string role)
    {
        await _engine.SendAsync(new SaveDraft(DefinitionKind.RuleSet, "frailty-review", "national", FrailtyRules(role), TestEngine.Coordinator));
        await _engine.SendAsync(new PublishDefinition(DefinitionKind.RuleSet, "frailty-review", "national", TestEngine.Coordinator));
    }

    private async Task<(string Role, long Version)> DecisionAsync(Guid caseId)
    {
        var line = (await _engine.JournalAsync(caseId)).Single(j => j.Kind == RuntimeJournalKinds.RulesDecided);
        var data = CaseStateJson.DeserializeData(line.DataJson!);
        return ((string)((Dictionary<string, object?>)data["outputs"]!)["assessorRole"]!, (long)data["version"]!);
    }
}
