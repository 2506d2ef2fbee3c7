namespace Pathway.Testing.Messages;

/// <summary>The pathways the message-start and correlation tests (runtime and API) share: a hospital's discharge notification and a GP's reply.</summary>
public static class MessagePathways
{
    public const string Discharge = "discharge-notified";
    public const string GpReply = "gp-replied";

    /// <summary>A follow-up pathway that starts only when a discharge notification arrives, keeping the NHS number it came with.</summary>
    public const string DischargeFollowUp = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:message id="discharged" name="{Discharge}" />
          <bpmn:process id="follow-up" isExecutable="true">
            <bpmn:startEvent id="Discharged" pathway:correlationKey="nhsNumber"><bpmn:messageEventDefinition messageRef="discharged" /></bpmn:startEvent>
            <bpmn:userTask id="FollowUpCall" pathway:role="coordinator" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="Discharged" targetRef="FollowUpCall" />
            <bpmn:sequenceFlow id="f2" sourceRef="FollowUpCall" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A case that waits for the GP's reply, correlated on the person's NHS number inside the referral.</summary>
    public const string AwaitsGpReply = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:message id="reply" name="{GpReply}" />
          <bpmn:process id="awaits-reply" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:receiveTask id="AwaitReply" messageRef="reply" pathway:correlationKey="person.nhsNumber" />
            <bpmn:userTask id="ReadReply" pathway:role="coordinator" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="AwaitReply" />
            <bpmn:sequenceFlow id="f2" sourceRef="AwaitReply" targetRef="ReadReply" />
            <bpmn:sequenceFlow id="f3" sourceRef="ReadReply" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>The ward's case sends the discharge notification, keyed by its own nhsNumber variable.</summary>
    public const string SendsDischarge = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:message id="discharged" name="{Discharge}" />
          <bpmn:process id="ward" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sendTask id="Notify" messageRef="discharged" pathway:correlationKey="nhsNumber" />
            <bpmn:userTask id="Hold" pathway:role="coordinator" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Notify" />
            <bpmn:sequenceFlow id="f2" sourceRef="Notify" targetRef="Hold" />
            <bpmn:sequenceFlow id="f3" sourceRef="Hold" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
