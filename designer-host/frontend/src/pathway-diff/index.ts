import { BpmnModdle } from 'bpmn-moddle';
import { pathwayModdleExtensions } from '../pathway-moddle';
import { collectSignatures, diffSignatures, type PathwayDiff } from './diff';

export type { ElementChange, ElementSignature, PathwayDiff } from './diff';

/** Diffs published (before) against draft (after) XML: added, removed and changed elements by id. */
export async function diffPathwayXml(publishedXml: string, draftXml: string, moddle: Pick<BpmnModdle, 'fromXML'> = new BpmnModdle(pathwayModdleExtensions)): Promise<PathwayDiff> {
  const [before, after] = await Promise.all([moddle.fromXML(publishedXml), moddle.fromXML(draftXml)]);
  return diffSignatures(collectSignatures(before.rootElement as any), collectSignatures(after.rootElement as any));
}
