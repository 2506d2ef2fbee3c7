// Compares two pathway definitions element by element (by id), for "compare with published".

/** What matters about one element when comparing versions; equal signatures mean unchanged. */
export interface ElementSignature {
  id: string;
  type: string;
  name?: string;
  details: Record<string, string>;
}

export interface ElementChange {
  id: string;
  type: string;
  name?: string;
  /** Which properties differ, e.g. `name`, `pathway:role`, `targetRef`. */
  fields: string[];
}

export interface PathwayDiff {
  added: ElementSignature[];
  removed: ElementSignature[];
  changed: ElementChange[];
}

interface ModdleLike {
  id?: string;
  $type: string;
  name?: string;
  $attrs?: Record<string, string>;
  $descriptor?: { properties: Array<{ name: string; ns?: { prefix: string } }> };
  get(name: string): any;
  [key: string]: any;
}

const PATHWAY_ATTRS = ['role', 'form', 'due', 'ruleSet', 'service', 'escalationTarget'];

export function signatureOf(element: ModdleLike): ElementSignature {
  const details: Record<string, string> = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') details[key] = String(value);
  };
  for (const attr of PATHWAY_ATTRS) {
    put(`pathway:${attr}`, safeGet(element, `pathway:${attr}`) ?? element.$attrs?.[`pathway:${attr}`]);
  }
  put('sourceRef', element.sourceRef?.id);
  put('targetRef', element.targetRef?.id);
  put('condition', element.conditionExpression?.body);
  put('default', element.default?.id);
  put('attachedToRef', element.attachedToRef?.id);
  if (element.cancelActivity === false) put('cancelActivity', 'false');
  const definition = element.eventDefinitions?.[0];
  if (definition) {
    put('eventDefinition', definition.$type);
    put('timeDuration', definition.timeDuration?.body);
    put('messageRef', definition.messageRef?.name ?? definition.messageRef?.id);
  }
  return { id: element.id ?? '', type: element.$type, name: element.name || undefined, details };
}

function safeGet(element: ModdleLike, name: string): unknown {
  try {
    return element.get(name);
  } catch {
    return undefined;
  }
}

/** Flow elements of every process and embedded sub-process in a definitions root, keyed by id. */
export function collectSignatures(definitions: ModdleLike): Map<string, ElementSignature> {
  const result = new Map<string, ElementSignature>();
  const visit = (container: ModdleLike) => {
    for (const element of (container.flowElements ?? []) as ModdleLike[]) {
      if (element.id) result.set(element.id, signatureOf(element));
      if (element.flowElements) visit(element);
    }
  };
  for (const root of (definitions.rootElements ?? []) as ModdleLike[]) {
    if (root.$type === 'bpmn:Process') visit(root);
  }
  return result;
}

export function diffSignatures(before: Map<string, ElementSignature>, after: Map<string, ElementSignature>): PathwayDiff {
  const added = [...after.values()].filter(e => !before.has(e.id));
  const removed = [...before.values()].filter(e => !after.has(e.id));
  const changed: ElementChange[] = [];
  for (const next of after.values()) {
    const previous = before.get(next.id);
    if (!previous) continue;
    const fields = changedFields(previous, next);
    if (fields.length > 0) changed.push({ id: next.id, type: next.type, name: next.name, fields });
  }
  return { added, removed, changed };
}

function changedFields(a: ElementSignature, b: ElementSignature): string[] {
  const fields: string[] = [];
  if (a.type !== b.type) fields.push('type');
  if (a.name !== b.name) fields.push('name');
  const keys = new Set([...Object.keys(a.details), ...Object.keys(b.details)]);
  for (const key of [...keys].sort()) {
    if (a.details[key] !== b.details[key]) fields.push(key);
  }
  return fields;
}
