using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;

namespace Pathway.Runtime.Tests.Telemetry;

/// <summary>A pathway published for one locality whose rule set does not exist, so every case on it stops on an incident (PW3101).</summary>
public static class IncidentPathway
{
    public const string MissingRuleSetCode = "PW3101";

    private const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:process id="admission-avoidance" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:businessRuleTask id="Decide" pathway:ruleSet="not-yet-written"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:businessRuleTask>
            <bpmn:endEvent id="End"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Decide" />
            <bpmn:sequenceFlow id="f2" sourceRef="Decide" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static async Task PublishAsync(TestEngine engine, string locality)
    {
        await engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, "admission-avoidance", locality, Xml, TestEngine.Coordinator));
        await engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, "admission-avoidance", locality, TestEngine.Coordinator));
    }
}
