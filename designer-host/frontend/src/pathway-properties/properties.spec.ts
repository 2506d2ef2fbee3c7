import { describe, expect, it } from 'vitest';
import { parse, processXml } from '../../test/bpmn';
import type { PathwaySummary } from '../shared/api';
import { loopFields, runsForEachItem, settingsOf } from './loop';
import {
  calledPathwayOptions, mappingError, mappingsInWords, multiInstanceInWords, parseMappings, publishedVersions, versionError, versionInWords
} from './words';

const pathways: PathwaySummary[] = [
  { id: 'a1', key: 'admission-avoidance', locality: 'national', version: 4, status: 'Published' },
  { id: 'e1', key: 'end-of-life', locality: 'national', version: 1, status: 'Published' },
  { id: 'e2', key: 'end-of-life', locality: 'national', version: 2, status: 'Published' },
  { id: 'e3', key: 'end-of-life', locality: 'national', version: 3, status: 'Draft' },
  { id: 'e4', key: 'end-of-life', locality: 'north-shire', version: 2, status: 'Published' }
];

async function shape(body: string, id: string) {
  const definitions: any = await parse(processXml(body));
  const businessObject = definitions.rootElements[0].flowElements.find((e: any) => e.id === id);
  return { id, type: businessObject.$type, businessObject };
}

describe('multi-instance settings in words', () => {
  it('says a parallel loop over a collection with its completion condition and output', () => {
    expect(multiInstanceInWords({
      mode: 'parallel', collection: '=disciplines', elementVariable: 'discipline',
      completionCondition: 'nrOfCompletedInstances >= 2', outputCollection: 'reviews', outputElement: 'review'
    })).toBe("Runs once for each item of the case's disciplines, all at the same time; each run calls its item discipline; "
      + "it finishes early as soon as nrOfCompletedInstances >= 2; each run's review is gathered, in list order, into reviews.");
  });

  it('says a sequential loop waits for every run, and asks for the list when none is named', () => {
    expect(multiInstanceInWords({ mode: 'sequential', collection: '${actions}' }))
      .toBe("Runs once for each item of the case's actions, one after another; it finishes when every run has.");
    expect(multiInstanceInWords({ mode: 'parallel' })).toMatch(/^Runs once for each item, but names no list to run over yet/);
    expect(multiInstanceInWords({ mode: 'once' })).toBe('Runs once.');
  });

  it('reads the shipped MDT action task: each action, all at once, notes gathered', async () => {
    // given the multi-instance user task as the shipped pathway draws it
    const element = await shape(`<bpmn:userTask id="MdtActions" pathway:role="=mdtAction.ownerRole">
        <bpmn:multiInstanceLoopCharacteristics pathway:collection="mdtActions" pathway:elementVariable="mdtAction"
          pathway:outputCollection="mdtActionNotes" pathway:outputElement="note" />
      </bpmn:userTask>`, 'MdtActions');

    // when
    const settings = settingsOf(element);

    // then every field the group edits is read, and the details show
    expect(settings).toEqual({ mode: 'parallel', collection: 'mdtActions', elementVariable: 'mdtAction',
      completionCondition: undefined, outputCollection: 'mdtActionNotes', outputElement: 'note' });
    expect(loopFields(element)).toEqual(['mode', 'collection', 'elementVariable', 'completionCondition', 'outputCollection', 'outputElement']);
    expect(runsForEachItem(element)).toBe(true);
  });

  it('reads a sequential Camunda loop with a completion condition, and shows only the mode for a task that runs once', async () => {
    const looped = await shape(`<bpmn:subProcess id="Review" xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
        <bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="\${reviewers}" camunda:elementVariable="reviewer">
          <bpmn:completionCondition xsi:type="bpmn:tFormalExpression">approved == true</bpmn:completionCondition>
        </bpmn:multiInstanceLoopCharacteristics>
      </bpmn:subProcess>`, 'Review');
    expect(settingsOf(looped)).toMatchObject({ mode: 'sequential', collection: '${reviewers}', elementVariable: 'reviewer', completionCondition: 'approved == true' });

    const once = await shape('<bpmn:userTask id="T" pathway:role="gp" />', 'T');
    expect(loopFields(once)).toEqual(['mode']);
    expect(runsForEachItem(await shape('<bpmn:exclusiveGateway id="G" />', 'G'))).toBe(false);
  });
});

describe('call activity settings in words', () => {
  it('offers each known pathway once, with its latest published version, and never the pathway itself', () => {
    expect(calledPathwayOptions(pathways, '', 'admission-avoidance')).toEqual([
      { value: '', label: '<choose a pathway>' },
      { value: 'end-of-life', label: 'end-of-life (published up to version 2)' }
    ]);
  });

  it('keeps a called key nobody knows, so the file is not changed by opening it', () => {
    expect(calledPathwayOptions(pathways, 'falls-clinic').at(-1)).toEqual({ value: 'falls-clinic', label: 'falls-clinic (not a known pathway)' });
  });

  it('lists the published versions to pin and says the policy', () => {
    expect(publishedVersions(pathways, 'end-of-life')).toEqual([1, 2]);
    expect(versionInWords('end-of-life', '')).toBe('Each case runs the latest published version of the end-of-life pathway at the moment it gets there.');
    expect(versionInWords('end-of-life', '2')).toBe('Each case runs version 2 of the end-of-life pathway, even after a newer one is published.');
  });

  it('refuses a version the reader would refuse', () => {
    expect(versionError('3')).toBeUndefined();
    expect(versionError('')).toBeUndefined();
    expect(versionError('v3')).toMatch(/not a version number/);
    expect(versionError('0')).toMatch(/not a version number/);
  });

  it('reads mappings as the reader does and says them in words', () => {
    expect(parseMappings('wishes=endOfLifeWishes, team')).toEqual([{ target: 'wishes', source: 'endOfLifeWishes' }, { target: 'team', source: 'team' }]);
    expect(mappingsInWords('wishes=endOfLifeWishes, team', 'in')).toBe("Copies the case's endOfLifeWishes as wishes and team into the child case.");
    expect(mappingsInWords('placeOfDeath=outcome', 'out')).toBe('When the child case ends, copies its outcome as placeOfDeath back into this case.');
    expect(mappingsInWords('', 'out')).toBe('Nothing is copied back when the child case ends.');
  });

  it('flags a mapping the reader would refuse', () => {
    expect(mappingError('a=b=c')).toMatch(/name=name/);
    expect(mappingError('=b')).toMatch(/name=name/);
    expect(mappingError('a=b, c')).toBeUndefined();
  });
});
