// The one place the front end reads the executable subset from. The JSON beside this file
// is a copy of the engine's list; the lead will point this import at
// engine/Pathway.Engine/Bpmn/executable-subset.json so the designer and the engine share one list.
import subsetJson from './executable-subset.json';

/** "none" in `eventDefinitions` stands for an event without an event definition. */
export const NONE = 'none';

export interface SubsetElement {
  type: string;
  eventDefinitions: string[];
  attributes: string[];
}

export interface ExecutableSubset {
  elements: SubsetElement[];
}

export const executableSubset: ExecutableSubset = subsetJson;

/** What an element is, as far as the subset cares: its type and its event definition (if any). */
export interface ElementKind {
  type: string;
  eventDefinitionType?: string;
}

export function findSubsetElement(type: string, subset: ExecutableSubset = executableSubset): SubsetElement | undefined {
  return subset.elements.find(e => e.type === type);
}

/**
 * True when the engine can run an element of this kind. Types with no listed event definitions
 * accept none; event types list which definitions they accept ("none" for a plain event).
 */
export function isExecutable(kind: ElementKind, subset: ExecutableSubset = executableSubset): boolean {
  const element = findSubsetElement(kind.type, subset);
  if (!element) return false;
  const definition = kind.eventDefinitionType || NONE;
  if (element.eventDefinitions.length === 0) return definition === NONE;
  return element.eventDefinitions.includes(definition);
}

/** Pathway extension attributes the engine reads on this type (without the `pathway:` prefix). */
export function attributesFor(type: string, subset: ExecutableSubset = executableSubset): string[] {
  return findSubsetElement(type, subset)?.attributes ?? [];
}
