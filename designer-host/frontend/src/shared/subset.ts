// The one place the front end reads the executable subset from: the engine's own list, so
// the designer and the server's reader can never disagree on what runs.
import engineSubset from '../../../../engine/Pathway.Engine/Bpmn/executable-subset.json';

/** "none" in `eventDefinitions` stands for an event without an event definition. */
export const NONE = 'none';

export interface SubsetElement {
  type: string;
  eventDefinitions: string[];
  attributes: string[];
  /** The attributes the reader refuses the element without (PW1007). */
  required: string[];
}

export interface ExecutableSubset {
  elements: SubsetElement[];
}

interface EngineSubset {
  elements: Record<string, { eventDefinitions?: string[]; attributes?: { name: string; required?: boolean }[] }>;
}

/** bpmn-js names types as moddle does: userTask → bpmn:UserTask. */
const moddleType = (tag: string): string => `bpmn:${tag.charAt(0).toUpperCase()}${tag.slice(1)}`;

/**
 * Converts the engine's list (keyed by XML tag, nodes only) to the moddle types bpmn-js works
 * with; sequence flows connect the nodes and are always allowed.
 */
export function fromEngineSubset(subset: EngineSubset): ExecutableSubset {
  const nodes = Object.entries(subset.elements).map(([tag, element]) => ({
    type: moddleType(tag),
    eventDefinitions: (element.eventDefinitions ?? []).map(d => (d === NONE ? NONE : moddleType(d))),
    attributes: (element.attributes ?? []).map(a => a.name),
    required: (element.attributes ?? []).filter(a => a.required).map(a => a.name),
  }));
  return { elements: [...nodes, { type: 'bpmn:SequenceFlow', eventDefinitions: [], attributes: [], required: [] }] };
}

export const executableSubset: ExecutableSubset = fromEngineSubset(engineSubset as EngineSubset);

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

/** Pathway attributes the reader refuses this type without. */
export function requiredAttributesFor(type: string, subset: ExecutableSubset = executableSubset): string[] {
  return findSubsetElement(type, subset)?.required ?? [];
}
