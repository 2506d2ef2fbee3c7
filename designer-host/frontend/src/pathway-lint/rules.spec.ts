import { Linter } from 'bpmnlint';
import { describe, expect, it } from 'vitest';
import { parse, processXml } from '../../test/bpmn';
import { pathwayLintBundle } from './config';

async function lint(body: string) {
  const linter = new Linter(pathwayLintBundle);
  const reports = await linter.lint(await parse(processXml(body)));
  return Object.entries(reports).flatMap(([rule, items]) => items.map(r => ({ rule, id: r.id, message: r.message })));
}

const start = `<bpmn:startEvent id="Start"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
  <bpmn:sequenceFlow id="f0" sourceRef="Start" targetRef="T" />`;

describe('pathway lint rules', () => {
  it('accepts a small executable pathway', async () => {
    // given a start, a user task with a role, and an end
    const body = `${start}
      <bpmn:userTask id="T" pathway:role="gp"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing></bpmn:userTask>
      <bpmn:sequenceFlow id="f1" sourceRef="T" targetRef="End" />
      <bpmn:endEvent id="End"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>`;
    // when / then
    expect(await lint(body)).toEqual([]);
  });

  it('reports a user task without a role', async () => {
    const body = `${start}<bpmn:userTask id="T"><bpmn:incoming>f0</bpmn:incoming></bpmn:userTask>`;
    expect(await lint(body)).toEqual([{ rule: 'pathway/user-task-role', id: 'T', message: 'User task has no role' }]);
  });

  it('reports a business rule task without a rule set', async () => {
    const body = `${start}<bpmn:businessRuleTask id="T"><bpmn:incoming>f0</bpmn:incoming></bpmn:businessRuleTask>`;
    expect(await lint(body)).toEqual([
      { rule: 'pathway/required-attributes', id: 'T', message: 'Business rule task has no rule set' }
    ]);
  });

  it('reports elements outside the executable subset', async () => {
    const body = `${start}<bpmn:scriptTask id="T"><bpmn:incoming>f0</bpmn:incoming></bpmn:scriptTask>
      <bpmn:intermediateThrowEvent id="Throw"><bpmn:compensateEventDefinition id="cd" /></bpmn:intermediateThrowEvent>`;
    const reports = (await lint(body)).filter(r => r.rule === 'pathway/executable-subset');
    expect(reports.map(r => r.id)).toEqual(['T', 'Throw']);
    expect(reports[0].message).toBe('bpmn:ScriptTask is not supported by the pathway engine');
  });

  it('reports a timer start event as unsupported', async () => {
    const body = `<bpmn:startEvent id="Start"><bpmn:timerEventDefinition id="td"><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>`;
    expect(await lint(body)).toEqual([{
      rule: 'pathway/executable-subset', id: 'Start',
      message: 'A case cannot start on bpmn:TimerEventDefinition; put it on the start of an event sub-process'
    }]);
  });

  it.each([
    ['<bpmn:timerEventDefinition id="td" />', 'Timer has no duration'],
    ['<bpmn:timerEventDefinition id="td"><bpmn:timeDuration>two hours</bpmn:timeDuration></bpmn:timerEventDefinition>',
      "Timer duration 'two hours' is neither an ISO 8601 duration nor an =expression"]
  ])('reports a timer boundary event with a bad duration: %s', async (definition, message) => {
    const body = `${start}<bpmn:userTask id="T" pathway:role="gp"><bpmn:incoming>f0</bpmn:incoming></bpmn:userTask>
      <bpmn:boundaryEvent id="Escalate" attachedToRef="T">${definition}</bpmn:boundaryEvent>`;
    expect(await lint(body)).toEqual([{ rule: 'pathway/timer-duration', id: 'Escalate', message }]);
  });

  it.each(['PT2H', 'P1DT30M', '=reviewWindow'])('accepts the timer duration %s', async duration => {
    const body = `${start}<bpmn:intermediateCatchEvent id="T"><bpmn:incoming>f0</bpmn:incoming>
      <bpmn:timerEventDefinition id="td"><bpmn:timeDuration>${duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`;
    expect(await lint(body)).toEqual([]);
  });

  it('reports a gateway without outgoing flow', async () => {
    const body = `${start}<bpmn:parallelGateway id="T"><bpmn:incoming>f0</bpmn:incoming></bpmn:parallelGateway>`;
    expect(await lint(body)).toEqual([{ rule: 'pathway/gateway-outgoing', id: 'T', message: 'Gateway has no outgoing sequence flow' }]);
  });

  it('reports unreachable and disconnected nodes', async () => {
    const body = `${start}<bpmn:manualTask id="T"><bpmn:incoming>f0</bpmn:incoming></bpmn:manualTask>
      <bpmn:manualTask id="Island" />
      <bpmn:manualTask id="Orphan"><bpmn:outgoing>f9</bpmn:outgoing></bpmn:manualTask>
      <bpmn:sequenceFlow id="f9" sourceRef="Orphan" targetRef="After" />
      <bpmn:endEvent id="After"><bpmn:incoming>f9</bpmn:incoming></bpmn:endEvent>`;
    expect((await lint(body)).filter(r => r.rule === 'pathway/reachable')).toEqual([
      { rule: 'pathway/reachable', id: 'Island', message: 'is not connected, so it cannot be reached from a start event; connect a flow into it or delete it' },
      { rule: 'pathway/reachable', id: 'Orphan', message: 'cannot be reached from a start event; connect a flow into it or delete it' },
      { rule: 'pathway/reachable', id: 'After', message: 'cannot be reached from a start event; connect a flow into it or delete it' }
    ]);
  });

  it('reports an exclusive gateway with conditions but no default', async () => {
    const body = `${start}<bpmn:exclusiveGateway id="T"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>a</bpmn:outgoing><bpmn:outgoing>b</bpmn:outgoing></bpmn:exclusiveGateway>
      <bpmn:sequenceFlow id="a" sourceRef="T" targetRef="A"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=news &gt;= 5</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="b" sourceRef="T" targetRef="B" />
      <bpmn:endEvent id="A"><bpmn:incoming>a</bpmn:incoming></bpmn:endEvent>
      <bpmn:endEvent id="B"><bpmn:incoming>b</bpmn:incoming></bpmn:endEvent>`;
    expect(await lint(body)).toEqual([
      { rule: 'pathway/exclusive-gateway-default', id: 'T', message: 'Exclusive gateway has conditions but no default flow' }
    ]);
    const withDefault = body.replace('<bpmn:exclusiveGateway id="T"', '<bpmn:exclusiveGateway id="T" default="b"');
    expect(await lint(withDefault)).toEqual([]);
  });

  it('accepts a user task without a role inside a named lane, as the server does', async () => {
    const body = `<bpmn:laneSet id="ls"><bpmn:lane id="L" name="District nurse"><bpmn:flowNodeRef>T</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
      ${start}<bpmn:userTask id="T"><bpmn:incoming>f0</bpmn:incoming></bpmn:userTask>`;
    expect((await lint(body)).filter(r => r.rule === 'pathway/user-task-role')).toEqual([]);
  });

  it('reports a multi-instance activity with no collection', async () => {
    const body = `${start}<bpmn:userTask id="T" pathway:role="gp"><bpmn:incoming>f0</bpmn:incoming><bpmn:multiInstanceLoopCharacteristics /></bpmn:userTask>`;
    expect(await lint(body)).toEqual([{ rule: 'pathway/multi-instance-collection', id: 'T', message: 'Multi-instance names no collection to run over' }]);
  });

  it('accepts a multi-instance activity over a collection', async () => {
    const body = `${start}<bpmn:userTask id="T" pathway:role="=discipline"><bpmn:incoming>f0</bpmn:incoming>
      <bpmn:multiInstanceLoopCharacteristics pathway:collection="disciplines" pathway:elementVariable="discipline" /></bpmn:userTask>`;
    expect(await lint(body)).toEqual([]);
  });

  it('reports an event-based gateway followed by a task', async () => {
    const body = `${start.replace('targetRef="T"', 'targetRef="G"')}
      <bpmn:eventBasedGateway id="G"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing><bpmn:outgoing>f2</bpmn:outgoing></bpmn:eventBasedGateway>
      <bpmn:sequenceFlow id="f1" sourceRef="G" targetRef="T" /><bpmn:sequenceFlow id="f2" sourceRef="G" targetRef="W" />
      <bpmn:userTask id="T" pathway:role="gp"><bpmn:incoming>f1</bpmn:incoming></bpmn:userTask>
      <bpmn:intermediateCatchEvent id="W"><bpmn:incoming>f2</bpmn:incoming><bpmn:timerEventDefinition id="td"><bpmn:timeDuration>PT4H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`;
    expect((await lint(body)).filter(r => r.rule === 'pathway/event-gateway-targets').map(r => r.id)).toEqual(['G']);
  });

  it('reports a link that lands nowhere', async () => {
    const body = `${start.replace('targetRef="T"', 'targetRef="Jump"')}
      <bpmn:intermediateThrowEvent id="Jump"><bpmn:incoming>f0</bpmn:incoming><bpmn:linkEventDefinition id="ld" name="onward" /></bpmn:intermediateThrowEvent>`;
    expect((await lint(body)).filter(r => r.rule === 'pathway/link-target')).toEqual([
      { rule: 'pathway/link-target', id: 'Jump', message: "No catching link named 'onward' at this level" }]);
  });

  it('reports a call activity whose pinned version or mappings the reader would refuse', async () => {
    // given a version that is not a number and an input that is not name=name
    const body = `${start}<bpmn:callActivity id="T" pathway:calledPathway="end-of-life" pathway:version="latest" pathway:inputs="a=b=c" pathway:outputs="placeOfDeath=outcome">
      <bpmn:incoming>f0</bpmn:incoming></bpmn:callActivity>`;
    // when / then
    expect(await lint(body)).toEqual([
      { rule: 'pathway/call-activity-settings', id: 'T', message: 'Call activity pins a version that is not a version number' },
      { rule: 'pathway/call-activity-settings', id: 'T', message: 'Call activity inputs are not name=name pairs' }
    ]);
  });

  it('accepts a call activity pinned to a version with mappings', async () => {
    const body = `${start}<bpmn:callActivity id="T" pathway:calledPathway="end-of-life" pathway:version="2" pathway:inputs="wishes=endOfLifeWishes, team">
      <bpmn:incoming>f0</bpmn:incoming></bpmn:callActivity>`;
    expect(await lint(body)).toEqual([]);
  });

  it('reports a call activity that names no pathway', async () => {
    const body = `${start}<bpmn:callActivity id="T"><bpmn:incoming>f0</bpmn:incoming></bpmn:callActivity>`;
    expect(await lint(body)).toEqual([{ rule: 'pathway/call-activity-pathway', id: 'T', message: 'Call activity names no pathway to run' }]);
  });

  describe('messages', () => {
    // The message is a root element, outside the process the helper wraps.
    async function lintWithMessage(body: string) {
      const xml = processXml(body).replace('<bpmn:process', '<bpmn:message id="m" name="gp-letter" />\n  <bpmn:process');
      const reports = await new Linter(pathwayLintBundle).lint(await parse(xml));
      return Object.entries(reports).flatMap(([rule, items]) => items.map(r => ({ rule, id: r.id, message: r.message })))
        .filter(r => r.rule.startsWith('pathway/message'));
    }

    it('accepts correlation keys that name a variable, a field, or =path', async () => {
      const body = `<bpmn:startEvent id="Start" pathway:correlationKey="nhsNumber"><bpmn:messageEventDefinition id="md" messageRef="m" /></bpmn:startEvent>
        <bpmn:receiveTask id="R" messageRef="m" pathway:correlationKey="referral.nhsNumber" />
        <bpmn:sendTask id="S" messageRef="m" pathway:correlationKey="=person.nhs_number" />`;
      expect(await lintWithMessage(body)).toEqual([]);
    });

    it('reports a correlation key the reader refuses (PW1040)', async () => {
      const body = `<bpmn:startEvent id="Start" pathway:correlationKey="letter.nhsNumber"><bpmn:messageEventDefinition id="md" messageRef="m" /></bpmn:startEvent>
        <bpmn:receiveTask id="R" messageRef="m" pathway:correlationKey="nhs number" />
        <bpmn:userTask id="T" pathway:role="gp" />
        <bpmn:intermediateCatchEvent id="Wait" pathway:correlationKey="nhsNumber"><bpmn:timerEventDefinition id="td" /></bpmn:intermediateCatchEvent>`;
      expect(await lintWithMessage(body)).toEqual([
        { rule: 'pathway/message-correlation', id: 'Start', message: 'A message start keeps the key in a plain variable, not a field path' },
        { rule: 'pathway/message-correlation', id: 'R', message: "Correlation key 'nhs number' does not name a case variable" },
        { rule: 'pathway/message-correlation', id: 'Wait', message: 'Correlation key is set where no message is sent or received' }
      ]);
    });

    it('reports two start events on one message (PW1041)', async () => {
      const body = `<bpmn:startEvent id="A"><bpmn:messageEventDefinition id="ma" messageRef="m" /></bpmn:startEvent>
        <bpmn:startEvent id="B"><bpmn:messageEventDefinition id="mb" messageRef="m" /></bpmn:startEvent>`;
      expect(await lintWithMessage(body)).toEqual([
        { rule: 'pathway/message-start-unique', id: 'B', message: 'Another start event already starts a case on this message' }
      ]);
    });
  });
});
