using Pathway.Engine.Bpmn;
using Pathway.Engine.Model;

namespace Pathway.Engine.Tests.Bpmn;

public sealed class BpmnReaderTests
{
    private const string Header = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pathway="urn:pathway:bpmn:1.0"
                     xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="d" targetNamespace="urn:test">
        """;

    private static string Process(string body, string outside = "") =>
        $"{Header}\n{outside}\n<process id=\"p\" isExecutable=\"true\">\n{body}\n</process>\n</definitions>";

    private const string StartToTask = """
        <startEvent id="start" />
        <userTask id="task" pathway:role="gp" />
        <endEvent id="end" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="task" />
        <sequenceFlow id="f2" sourceRef="task" targetRef="end" />
        """;

    private static string[] Codes(string xml) => [.. BpmnReader.Validate(xml).Select(e => $"{e.Code} {e.ElementId}")];

    [Fact]
    public void Read_CollaborationWithDiagramAndArtefacts_PicksTheExecutableProcessAndIgnoresTheRest()
    {
        // given a pool, a black-box partner process, a lane set, an annotation and diagram interchange
        var xml = $"""
            {Header}
              <collaboration id="c"><participant id="pool" processRef="p" /><participant id="partner" processRef="other" /></collaboration>
              <process id="other" isExecutable="false" />
              <process id="p" name="Referral" isExecutable="true">
                <laneSet id="ls"><lane id="l1"><flowNodeRef>start</flowNodeRef></lane></laneSet>
                <textAnnotation id="note"><text>why</text></textAnnotation>
                <association id="a" sourceRef="task" targetRef="note" />
                {StartToTask}
              </process>
              <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="c" /></bpmndi:BPMNDiagram>
            </definitions>
            """;

        // when
        var model = BpmnReader.Read(xml);

        // then
        Assert.Equal(("p", "Referral"), (model.ProcessId, model.Name));
        Assert.Equal(["end", "start", "task"], model.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["f1"], model.Node("task").Incoming);
        Assert.Equal(["f2"], model.Node("task").Outgoing);
    }

    [Fact]
    public void Read_PathwayAttributesTimersMessagesAndConditions_AreCarriedIntoTheModel()
    {
        // given
        var xml = Process("""
            <startEvent id="start" />
            <userTask id="assess" pathway:role="=assessorRole" pathway:form="trusted-assessment" pathway:due="${responseWindow}" pathway:escalationTarget="coordinator" />
            <boundaryEvent id="late" attachedToRef="assess" cancelActivity="false" pathway:escalationTarget="coordinator">
              <timerEventDefinition><timeDuration>PT2H</timeDuration></timerEventDefinition>
            </boundaryEvent>
            <exclusiveGateway id="gw" default="other" />
            <intermediateCatchEvent id="reply"><messageEventDefinition messageRef="unnamed" /></intermediateCatchEvent>
            <endEvent id="end"><terminateEventDefinition /></endEvent>
            <endEvent id="lateEnd" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="assess" />
            <sequenceFlow id="f2" sourceRef="assess" targetRef="gw" />
            <sequenceFlow id="yes" sourceRef="gw" targetRef="reply"><conditionExpression>${mdtNeeded == true}</conditionExpression></sequenceFlow>
            <sequenceFlow id="other" sourceRef="gw" targetRef="end" />
            <sequenceFlow id="f3" sourceRef="reply" targetRef="end" />
            <sequenceFlow id="f4" sourceRef="late" targetRef="lateEnd" />
            """, outside: """<message id="unnamed" />""");

        // when
        var model = BpmnReader.Read(xml);

        // then
        var task = Assert.IsType<UserTask>(model.Node("assess"));
        Assert.Equal(("assessorRole", "trusted-assessment", "responseWindow", "coordinator"), (task.Role.Variable, task.Form, task.Due!.Variable, task.EscalationTarget));
        var timer = Assert.Single(model.BoundaryEventsOf("assess"));
        Assert.Equal((false, "PT2H"), (timer.Interrupting, timer.Trigger.Duration!.ToString()));
        Assert.Equal("other", Assert.IsType<ExclusiveGateway>(model.Node("gw")).DefaultFlowId);
        Assert.Equal(["yes", "other"], model.Node("gw").Outgoing);
        Assert.Equal(new Trigger(TriggerKind.Message, "unnamed"), Assert.IsType<IntermediateCatchEvent>(model.Node("reply")).Trigger);
        Assert.True(Assert.IsType<EndEvent>(model.Node("end")).Terminate);
        Assert.Equal(["other", "f3"], model.Node("end").Incoming);
    }

    [Fact]
    public void Read_InvalidPathway_ThrowsWithEveryErrorNotJustTheFirst()
    {
        // given a script task, a role-less user task outside any lane and a timer start event
        var xml = Process("""
            <startEvent id="start"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></startEvent>
            <scriptTask id="plain" />
            <userTask id="nobody" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="plain" />
            <sequenceFlow id="f2" sourceRef="plain" targetRef="nobody" />
            """);

        // when
        var error = Assert.Throws<BpmnValidationException>(() => BpmnReader.Read(xml, "draft.bpmn"));

        // then
        Assert.Equal(["PW1010 start", "PW1001 plain", "PW1007 nobody"], error.Errors.Select(e => $"{e.Code} {e.ElementId}"));
        Assert.Contains("scripts do not run in Pathway", error.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(6, error.Errors[1].Line);
        Assert.Contains("draft.bpmn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedXml_ReportsTheXmlLine()
    {
        var error = Assert.Single(BpmnReader.Validate("<definitions>\n  <process>\n</definitions>"));

        Assert.Equal((BpmnErrors.MalformedXml, 3), (error.Code, error.Line));
    }

    public static TheoryData<string, string[]> Faults => new()
    {
        { Process(StartToTask + """<sequenceFlow id="f9" sourceRef="task" targetRef="ghost" />"""), ["PW1002 f9"] },
        { Process("""
            <startEvent id="start" /><exclusiveGateway id="gw" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="gw" />
            """), ["PW1003 gw"] },
        { Process(StartToTask + """<userTask id="orphan" pathway:role="gp" />"""), ["PW1004 orphan"] },
        { Process(StartToTask + """
            <boundaryEvent id="t" attachedToRef="task"><timerEventDefinition /></boundaryEvent>
            """), ["PW1005 t"] },
        { Process(StartToTask + """
            <boundaryEvent id="t" attachedToRef="task"><timerEventDefinition><timeDate>2026-01-01T09:00:00Z</timeDate></timerEventDefinition></boundaryEvent>
            """), ["PW1005 t"] },
        { Process(StartToTask.Replace("pathway:role=\"gp\"", "pathway:role=\"gp\" pathway:due=\"two hours\"", StringComparison.Ordinal)), ["PW1005 task"] },
        { $"{Header}<process id=\"a\" isExecutable=\"true\"><startEvent id=\"s1\" /></process><process id=\"b\" isExecutable=\"true\"><startEvent id=\"s2\" /></process></definitions>", ["PW1006 a", "PW1006 b"] },
        { Process(StartToTask + """<businessRuleTask id="rules" /><sequenceFlow id="f3" sourceRef="start" targetRef="rules" />"""), ["PW1007 rules"] },
        { Process(StartToTask.Replace("""targetRef="end" />""", """targetRef="end"><conditionExpression>score &gt;= (5</conditionExpression></sequenceFlow>""", StringComparison.Ordinal)), ["PW1008 f2"] },
        { Process(StartToTask + """
            <subProcess id="sub"><endEvent id="subEnd" /></subProcess>
            <sequenceFlow id="f3" sourceRef="start" targetRef="sub" />
            """), ["PW1009 sub"] },
        { Process("""<userTask id="task" pathway:role="gp" />"""), ["PW1010 p"] },
        { Process(StartToTask + """
            <boundaryEvent id="t" attachedToRef="end"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></boundaryEvent>
            """), ["PW1012 t"] },
        { Process(StartToTask + """
            <subProcess id="sub" triggeredByEvent="true"><startEvent id="s" /></subProcess>
            <callActivity id="call" /><sequenceFlow id="f3" sourceRef="task" targetRef="call" />
            <userTask id="loop" pathway:role="gp"><multiInstanceLoopCharacteristics /></userTask><sequenceFlow id="f4" sourceRef="start" targetRef="loop" />
            """), ["PW1022 sub", "PW1007 call", "PW1017 loop"] },
        { Process(StartToTask + """
            <callActivity id="call" pathway:calledPathway="end-of-life" pathway:version="latest" pathway:inputs="a=b=c" />
            <sequenceFlow id="f3" sourceRef="task" targetRef="call" />
            """), ["PW1007 call"] }, // the designer's lint (call-activity-settings) flags the same two faults
        { Process(StartToTask + """
            <transaction id="money"><startEvent id="ms" /></transaction><sequenceFlow id="f3" sourceRef="start" targetRef="money" />
            <boundaryEvent id="undo" attachedToRef="task"><compensateEventDefinition /></boundaryEvent>
            """), ["PW1001 money", "PW1001 undo"] },
        { Process("""
            <startEvent id="start" /><eventBasedGateway id="race" /><userTask id="task" pathway:role="gp" />
            <intermediateCatchEvent id="late"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
            <endEvent id="end" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="race" /><sequenceFlow id="f2" sourceRef="race" targetRef="task" />
            <sequenceFlow id="f3" sourceRef="race" targetRef="late" /><sequenceFlow id="f4" sourceRef="task" targetRef="end" /><sequenceFlow id="f5" sourceRef="late" targetRef="end" />
            """), ["PW1019 race"] },
        { Process("""
            <startEvent id="start" /><intermediateThrowEvent id="jump"><linkEventDefinition name="onward" /></intermediateThrowEvent>
            <intermediateCatchEvent id="land"><linkEventDefinition name="elsewhere" /></intermediateCatchEvent><endEvent id="end" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="jump" /><sequenceFlow id="f2" sourceRef="land" targetRef="end" />
            """), ["PW1021 jump", "PW1004 land", "PW1004 end"] },
        { Process("""
            <startEvent id="start" /><inclusiveGateway id="a" /><inclusiveGateway id="b" /><userTask id="task" pathway:role="gp" /><endEvent id="end" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="a" /><sequenceFlow id="f2" sourceRef="a" targetRef="b" />
            <sequenceFlow id="f3" sourceRef="start" targetRef="b" /><sequenceFlow id="f4" sourceRef="b" targetRef="task" />
            <sequenceFlow id="f5" sourceRef="task" targetRef="a" /><sequenceFlow id="f6" sourceRef="b" targetRef="end" />
            """), ["PW1020 b"] },
        { Process(StartToTask + """
            <receiveTask id="reply" messageRef="m" pathway:correlationKey="nhs number" /><sequenceFlow id="f3" sourceRef="task" targetRef="reply" />
            <intermediateCatchEvent id="wait" pathway:correlationKey="nhsNumber"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
            <sequenceFlow id="f4" sourceRef="task" targetRef="wait" />
            <startEvent id="byLetter" pathway:correlationKey="letter.nhsNumber"><messageEventDefinition messageRef="m" /></startEvent>
            <sequenceFlow id="f5" sourceRef="byLetter" targetRef="task" />
            """, """<message id="m" name="gp-letter" />"""), ["PW1040 reply", "PW1040 wait", "PW1040 byLetter"] },
        { Process(StartToTask + """
            <startEvent id="a"><messageEventDefinition messageRef="m" /></startEvent><startEvent id="b"><messageEventDefinition messageRef="m" /></startEvent>
            <sequenceFlow id="f3" sourceRef="a" targetRef="task" /><sequenceFlow id="f4" sourceRef="b" targetRef="task" />
            """, """<message id="m" name="gp-letter" />"""), ["PW1041 b"] },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Validate_StructuralFault_ReportsItsCodeOnTheElement(string xml, string[] expected)
    {
        // when
        var errors = BpmnReader.Validate(xml);

        // then
        Assert.Equal(expected, errors.Select(e => $"{e.Code} {e.ElementId}"));
        Assert.All(errors, e => Assert.True(e.Line > 0 && e.Message.Contains(';', StringComparison.Ordinal), $"{e} should say where and what to do"));
    }

    [Fact]
    public void ExecutableSubset_SharedFile_ListsEveryElementTheReaderBuilds()
    {
        Assert.Equal(
            ["boundaryEvent", "businessRuleTask", "callActivity", "endEvent", "eventBasedGateway", "exclusiveGateway", "inclusiveGateway", "intermediateCatchEvent",
             "intermediateThrowEvent", "manualTask", "parallelGateway", "receiveTask", "sendTask", "serviceTask", "startEvent", "subProcess", "task", "userTask"],
            ExecutableSubset.Instance.Elements.Keys.Order(StringComparer.Ordinal));
    }
}
