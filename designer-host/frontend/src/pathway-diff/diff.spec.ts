import { describe, expect, it } from 'vitest';
import { processXml } from '../../test/bpmn';
import { diffPathwayXml } from '.';

const published = processXml(`
  <bpmn:startEvent id="Start" />
  <bpmn:userTask id="Assess" name="Assess" pathway:role="gp" />
  <bpmn:manualTask id="Call" name="Call patient" />
  <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Assess" />`);

describe('diffPathwayXml', () => {
  it('finds nothing between identical documents', async () => {
    expect(await diffPathwayXml(published, published)).toEqual({ added: [], removed: [], changed: [] });
  });

  it('lists added, removed and changed elements by id', async () => {
    // given a draft that renames and re-roles a task, drops one and adds a timer
    const draft = processXml(`
      <bpmn:startEvent id="Start" />
      <bpmn:userTask id="Assess" name="Assess patient" pathway:role="nurse" />
      <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Assess" />
      <bpmn:boundaryEvent id="Late" attachedToRef="Assess" cancelActivity="false">
        <bpmn:timerEventDefinition><bpmn:timeDuration>PT2H</bpmn:timeDuration></bpmn:timerEventDefinition>
      </bpmn:boundaryEvent>`);

    // when
    const diff = await diffPathwayXml(published, draft);

    // then
    expect(diff.added.map(e => e.id)).toEqual(['Late']);
    expect(diff.added[0].details).toMatchObject({ timeDuration: 'PT2H', cancelActivity: 'false', attachedToRef: 'Assess' });
    expect(diff.removed.map(e => e.id)).toEqual(['Call']);
    expect(diff.changed).toEqual([{ id: 'Assess', type: 'bpmn:UserTask', name: 'Assess patient', fields: ['name', 'pathway:role'] }]);
  });

  it('sees a re-targeted flow and elements inside sub-processes', async () => {
    const before = processXml(`<bpmn:subProcess id="Sub"><bpmn:manualTask id="A" /><bpmn:manualTask id="B" />
      <bpmn:sequenceFlow id="f" sourceRef="A" targetRef="A" /></bpmn:subProcess>`);
    const after = before.replace('targetRef="A"', 'targetRef="B"');
    expect((await diffPathwayXml(before, after)).changed).toEqual([{ id: 'f', type: 'bpmn:SequenceFlow', name: undefined, fields: ['targetRef'] }]);
  });
});
