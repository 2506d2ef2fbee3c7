using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Tests.Cases;

public sealed class PathwayVersionTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task SaveDraft_WithAnUnsupportedElement_IsSavedWithTheProblemNamingIt_AndPublishingIsRefused()
    {
        var xml = await File.ReadAllTextAsync(Repository.Combine("workflows", "admission-avoidance.bpmn"));
        var broken = xml.Replace("<bpmn:endEvent id=\"Redirected\"", "<bpmn:scriptTask id=\"Script\" /><bpmn:endEvent id=\"Redirected\"", StringComparison.Ordinal);

        var saved = await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, "admission-avoidance", "national", broken, TestEngine.Coordinator));
        var refused = await Assert.ThrowsAsync<DefinitionNotPublishableException>(() =>
            _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, "admission-avoidance", "national", TestEngine.Coordinator)));

        Assert.Contains(saved.Problems, p => p.Element == "Script" && p.Line > 0);
        Assert.Contains(refused.Problems, p => p.Element == "Script");
        Assert.Equal(DefinitionStatus.Draft, saved.Draft.Status);
        Assert.Equal(1, await _engine.QueryAsync(db => db.Definitions.CountAsync(d => d.Kind == DefinitionKind.Pathway && d.Status == DefinitionStatus.Published && d.Version == 1)));
    }

    [Fact]
    public async Task PublishPathway_KeepsRunningCasesOnTheVersionTheyStartedOn()
    {
        var first = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));
        var xml = await File.ReadAllTextAsync(Repository.Combine("workflows", "admission-avoidance.bpmn"));
        await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, "admission-avoidance", "national", xml.Replace("name=\"Trusted assessment\"", "name=\"Trusted assessment (v2)\"", StringComparison.Ordinal), TestEngine.Coordinator));
        var v2 = await _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, "admission-avoidance", "national", TestEngine.Coordinator));

        var second = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));

        Assert.Equal(2, v2.Version);
        Assert.Equal("Trusted assessment", Assert.Single(await _engine.OpenTasksAsync(first.CaseId)).Name);
        Assert.Equal("Trusted assessment (v2)", Assert.Single(await _engine.OpenTasksAsync(second.CaseId)).Name);
    }
}
