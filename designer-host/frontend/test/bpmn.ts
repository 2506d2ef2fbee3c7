import { BpmnModdle } from 'bpmn-moddle';
import { pathwayModdleExtensions } from '../src/pathway-moddle';

/** Wraps flow elements in a definitions/process document with the pathway namespace declared. */
export function processXml(body: string, processId = 'Pathway'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:pathway="urn:pathway:bpmn:1.0" id="Definitions" targetNamespace="urn:test">
  <bpmn:process id="${processId}" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;
}

export async function parse(xml: string) {
  const moddle = new BpmnModdle(pathwayModdleExtensions as any);
  const { rootElement, warnings } = await moddle.fromXML(xml);
  if (warnings.length > 0) throw new Error(warnings.map(w => w.message).join('\n'));
  return rootElement;
}
