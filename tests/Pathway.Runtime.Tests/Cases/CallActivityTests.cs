using Pathway.Engine.Runtime;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;

namespace Pathway.Runtime.Tests.Cases;

public sealed class CallActivityTests : IAsyncLifetime
{
    private const string Locality = "call-shire";

    private const string CallingPathway = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:process id="admission-avoidance" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:callActivity id="EndOfLife" calledElement="end-of-life" pathway:inputs="nhsNumber" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="EndOfLife" />
            <bpmn:sequenceFlow id="f2" sourceRef="EndOfLife" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, "admission-avoidance", Locality, CallingPathway, TestEngine.Coordinator));
        await _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, "admission-avoidance", Locality, TestEngine.Coordinator));
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task CallActivity_StopsOnAnIncidentSayingSo_NeverWaitsSilently()
    {
        var started = await _engine.SendAsync(new StartCase("admission-avoidance", Locality, Referrals.FallAtHome(), TestEngine.Coordinator));

        var incident = Assert.Single(started.State.Incidents);
        Assert.Equal((EngineErrors.CallNotRun, "EndOfLife"), (incident.Code, incident.NodeId));
        Assert.Contains("end-of-life", incident.Message, StringComparison.Ordinal);
    }
}
