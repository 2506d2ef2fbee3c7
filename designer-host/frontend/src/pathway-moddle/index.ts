// Moddle extension for the `pathway:` attributes (namespace urn:pathway:bpmn:1.0) the engine reads.
import pathwayDescriptor from './pathway.json';

export const PATHWAY_NS = 'urn:pathway:bpmn:1.0';

/** Pass as `moddleExtensions` to bpmn-js, or as the packages argument of bpmn-moddle. */
export const pathwayModdleExtensions = { pathway: pathwayDescriptor };

/** Reads a `pathway:` attribute from a moddle element, whether or not the extension was registered. */
export function getPathwayAttr(element: { get(name: string): unknown; $attrs?: Record<string, string> }, name: string): string | undefined {
  const value = element.get(`pathway:${name}`) ?? element.$attrs?.[`pathway:${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
