namespace Pathway.TimerHarness;

/// <summary>start → user task with an interrupting PT3S boundary timer → end; the timer's path → its own end.</summary>
internal static class TimerPathway
{
    public const string Key = "timer-harness";
    public const string Locality = "national";

    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0"
                          id="timer-harness-definitions" targetNamespace="urn:pathway:timer-harness">
          <bpmn:process id="timer-harness" name="Timer harness" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="to-review" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="Review" pathway:role="coordinator" />
            <bpmn:sequenceFlow id="to-done" sourceRef="review" targetRef="done" />
            <bpmn:endEvent id="done" />
            <bpmn:boundaryEvent id="review-overdue" name="Review overdue" attachedToRef="review" cancelActivity="true">
              <bpmn:timerEventDefinition>
                <bpmn:timeDuration>PT3S</bpmn:timeDuration>
              </bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="to-timed-out" sourceRef="review-overdue" targetRef="timed-out" />
            <bpmn:endEvent id="timed-out" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
