namespace Pathway.Runtime.Tests;

/// <summary>Small pathways the signal and message tests share, each published under whatever key a test gives it.</summary>
public static class EventPathways
{
    public const string WinterSignal = "winter-escalation";
    public const string GpLetterMessage = "gp-letter-sent";

    /// <summary>Cases wait on a review; the winter escalation signal interrupts it with an urgent review.</summary>
    public const string WinterReview = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:signal id="winter" name="winter-escalation" />
          <bpmn:process id="admission-avoidance" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Review" pathway:role="district-nurse" />
            <bpmn:boundaryEvent id="WinterRaised" attachedToRef="Review"><bpmn:signalEventDefinition signalRef="winter" /></bpmn:boundaryEvent>
            <bpmn:userTask id="UrgentReview" pathway:role="coordinator" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Review" />
            <bpmn:sequenceFlow id="f2" sourceRef="Review" targetRef="End" />
            <bpmn:sequenceFlow id="f3" sourceRef="WinterRaised" targetRef="UrgentReview" />
            <bpmn:sequenceFlow id="f4" sourceRef="UrgentReview" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>The sending case sends the GP letter as it starts, then waits on a task of its own.</summary>
    public const string SendsGpLetter = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0" id="d" targetNamespace="urn:test">
          <bpmn:message id="letter" name="gp-letter-sent" />
          <bpmn:process id="sending" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sendTask id="SendLetter" messageRef="letter" />
            <bpmn:userTask id="Hold" pathway:role="coordinator" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="SendLetter" />
            <bpmn:sequenceFlow id="f2" sourceRef="SendLetter" targetRef="Hold" />
            <bpmn:sequenceFlow id="f3" sourceRef="Hold" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
