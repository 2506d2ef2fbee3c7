using Microsoft.EntityFrameworkCore;
using Pathway.Engine.Bpmn;
using Pathway.Runtime.Commands;

namespace Pathway.Runtime.Tests.Cases;

public sealed class PathwayVersionTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task SavePathwayDraft_WithAnUnsupportedElement_IsRefusedNamingItAndStoresNothing()
    {
        var xml = await File.ReadAllTextAsync(Repository.Combine("workflows", "admission-avoidance.bpmn"));
        var broken = xml.Replace("<bpmn:endEvent id=\"Redirected\"", "<bpmn:scriptTask id=\"Script\" /><bpmn:endEvent id=\"Redirected\"", StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<BpmnValidationException>(() =>
            _engine.SendAsync(new SavePathwayDraft("admission-avoidance", "national", broken, TestEngine.Coordinator)));

        Assert.Contains(refused.Errors, e => e.ElementId == "Script" && e.Line > 0);
        Assert.Equal(1, await _engine.QueryAsync(db => db.PathwayDefinitions.CountAsync()));
    }

    [Fact]
    public async Task PublishPathway_KeepsRunningCasesOnTheVersionTheyStartedOn()
    {
        var first = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));
        var xml = await File.ReadAllTextAsync(Repository.Combine("workflows", "admission-avoidance.bpmn"));
        await _engine.SendAsync(new SavePathwayDraft("admission-avoidance", "national", xml.Replace("name=\"Trusted assessment\"", "name=\"Trusted assessment (v2)\"", StringComparison.Ordinal), TestEngine.Coordinator));
        var v2 = await _engine.SendAsync(new PublishPathway("admission-avoidance", "national", TestEngine.Coordinator));

        var second = await _engine.SendAsync(new StartCase("admission-avoidance", "national", Referrals.FallAtHome(), TestEngine.Coordinator));

        Assert.Equal(2, v2.Version);
        Assert.Equal("Trusted assessment", Assert.Single(await _engine.OpenTasksAsync(first.CaseId)).Name);
        Assert.Equal("Trusted assessment (v2)", Assert.Single(await _engine.OpenTasksAsync(second.CaseId)).Name);
    }
}
