import { describe, expect, it } from 'vitest';
import { parse, processXml } from '../../test/bpmn';
import { handlesMessage, isCorrelationText } from '../pathway-lint/rules/message-correlation';

async function shape(body: string, id: string) {
  const xml = processXml(body).replace('<bpmn:process', '<bpmn:message id="m" name="gp-letter" />\n  <bpmn:process');
  const definitions: any = await parse(xml);
  const businessObject = definitions.rootElements.find((e: any) => e.$type === 'bpmn:Process').flowElements.find((e: any) => e.id === id);
  return { id, type: businessObject.$type, businessObject };
}

// The panel offers the field where handlesMessage holds and checks it with isCorrelationText, the lint rule's own tests.
describe('correlation key in the properties panel', () => {
  it('is offered where a message is sent or received', async () => {
    // given a message start, a receive task and a send task
    const body = `<bpmn:startEvent id="Start" pathway:correlationKey="nhsNumber"><bpmn:messageEventDefinition id="md" messageRef="m" /></bpmn:startEvent>
      <bpmn:receiveTask id="R" messageRef="m" /><bpmn:sendTask id="S" messageRef="m" />`;
    // when / then
    for (const id of ['Start', 'R', 'S']) expect(handlesMessage((await shape(body, id)).businessObject)).toBe(true);
  });

  it('is not offered on a plain start or a timer, where the reader refuses it', async () => {
    const body = `<bpmn:startEvent id="Start" /><bpmn:intermediateCatchEvent id="Wait"><bpmn:timerEventDefinition id="td" /></bpmn:intermediateCatchEvent>`;
    for (const id of ['Start', 'Wait']) expect(handlesMessage((await shape(body, id)).businessObject)).toBe(false);
  });

  it('round-trips the attribute through the moddle extension', async () => {
    const element = await shape(`<bpmn:receiveTask id="R" messageRef="m" pathway:correlationKey="referral.nhsNumber" />`, 'R');
    expect(element.businessObject.get('pathway:correlationKey')).toBe('referral.nhsNumber');
    expect([isCorrelationText('referral.nhsNumber'), isCorrelationText('${nhsNumber}'), isCorrelationText('nhs number'), isCorrelationText('=')]).toEqual([true, true, false, false]);
  });
});
