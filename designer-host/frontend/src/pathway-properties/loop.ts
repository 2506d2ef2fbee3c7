// What the "Runs for each item" group reads from an activity's multi-instance loop. Pure (no
// panel imports), so the tests read real moddle elements without a modeler.
import { getPathwayAttr } from '../pathway-moddle';
import { findSubsetElement } from '../shared/subset';
import { loopMode, type MultiInstanceSettings } from './words';

export const loopOf = (element: any) => element.businessObject.loopCharacteristics;

/** The loop's settings: pathway: attributes, else Camunda's or Flowable's, as the reader takes them. */
export function settingsOf(element: any): MultiInstanceSettings {
  const loop = loopOf(element);
  const attr = (name: string) => (loop ? getPathwayAttr(loop, name) ?? loop.$attrs?.[`camunda:${name}`] ?? loop.$attrs?.[`flowable:${name}`] : undefined);
  return {
    mode: loopMode(loop),
    collection: attr('collection'),
    elementVariable: attr('elementVariable'),
    completionCondition: loop?.completionCondition?.body as string | undefined,
    outputCollection: attr('outputCollection'),
    outputElement: attr('outputElement')
  };
}

/** The fields the group shows: how often it runs, and the details once it runs for each item. */
export function loopFields(element: any): string[] {
  return settingsOf(element).mode === 'once'
    ? ['mode']
    : ['mode', 'collection', 'elementVariable', 'completionCondition', 'outputCollection', 'outputElement'];
}

/** Activities the engine can run once per item of a list. */
export function runsForEachItem(element: any): boolean {
  return !!element.businessObject?.$instanceOf?.('bpmn:Activity') && findSubsetElement(element.type) !== undefined;
}
