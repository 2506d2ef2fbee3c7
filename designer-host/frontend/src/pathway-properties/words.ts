// Multi-instance and call-activity settings said in words, for the properties panel's
// descriptions. Pure functions, so the tests need no modeler.
import type { PathwaySummary } from '../shared/api';

export type LoopMode = 'once' | 'parallel' | 'sequential';

export const LOOP_MODES: Array<{ value: LoopMode; label: string }> = [
  { value: 'once', label: 'Once' },
  { value: 'parallel', label: 'Once for each item, all at the same time' },
  { value: 'sequential', label: 'Once for each item, one after another' }
];

/** How an activity runs, from its loop characteristics (a standard loop is refused by the reader, so reads as once). */
export function loopMode(loop: any): LoopMode {
  if (!loop?.$instanceOf?.('bpmn:MultiInstanceLoopCharacteristics')) return 'once';
  return loop.isSequential ? 'sequential' : 'parallel';
}

export interface MultiInstanceSettings {
  mode: LoopMode;
  collection?: string;
  elementVariable?: string;
  completionCondition?: string;
  outputCollection?: string;
  outputElement?: string;
}

const bare = (name?: string) => name?.trim().replace(/^=/, '').replace(/^\$\{(.*)\}$/, '$1').trim() || undefined;

/** "Runs once for each item of disciplines, all at the same time; each run calls its item discipline; …" */
export function multiInstanceInWords(s: MultiInstanceSettings): string {
  if (s.mode === 'once') return 'Runs once.';
  const collection = bare(s.collection);
  const parts = [collection
    ? `Runs once for each item of the case's ${collection}, ${s.mode === 'parallel' ? 'all at the same time' : 'one after another'}`
    : 'Runs once for each item, but names no list to run over yet: set the list below'];
  if (bare(s.elementVariable)) parts.push(`each run calls its item ${bare(s.elementVariable)}`);
  parts.push(s.completionCondition?.trim() ? `it finishes early as soon as ${s.completionCondition.trim()}` : 'it finishes when every run has');
  if (bare(s.outputCollection)) {
    parts.push(`each run's ${bare(s.outputElement) ?? 'output'} is gathered, in list order, into ${bare(s.outputCollection)}`);
  }
  return `${parts.join('; ')}.`;
}

/** Distinct pathway keys for the called-pathway picker, each with its latest published version; the current one kept even if unknown. */
export function calledPathwayOptions(pathways: PathwaySummary[], current: string, self?: string): Array<{ value: string; label: string }> {
  const keys = [...new Set(pathways.map(p => p.key))].filter(k => k !== self).sort();
  const options = [{ value: '', label: '<choose a pathway>' }, ...keys.map(key => {
    const latest = publishedVersions(pathways, key).at(-1);
    return { value: key, label: latest ? `${key} (published up to version ${latest})` : `${key} (not yet published)` };
  })];
  if (current && !keys.includes(current)) options.push({ value: current, label: `${current} (not a known pathway)` });
  return options;
}

/** The published version numbers of one pathway, in order (any locality). */
export function publishedVersions(pathways: PathwaySummary[], key: string): number[] {
  const versions = pathways.filter(p => p.key === key && p.status.toLowerCase() === 'published').map(p => Number(p.version));
  return [...new Set(versions.filter(v => Number.isInteger(v) && v > 0))].sort((a, b) => a - b);
}

/** The version policy as the reader takes it: no pathway:version runs the latest published version. */
export function versionInWords(key: string | undefined, version: string | undefined): string {
  const what = key ? `the ${key} pathway` : 'the called pathway';
  if (!version?.trim()) return `Each case runs the latest published version of ${what} at the moment it gets there.`;
  return versionError(version) ? versionError(version)! : `Each case runs version ${version.trim()} of ${what}, even after a newer one is published.`;
}

/** Mirrors the reader: a pinned version is a whole number from 1. */
export function versionError(version: string | undefined): string | undefined {
  if (!version?.trim()) return undefined;
  return /^[1-9]\d*$/.test(version.trim()) ? undefined : `'${version}' is not a version number; write a published version such as 3, or choose the latest`;
}

export interface Mapping { target: string; source: string }

/** "wishes=endOfLifeWishes, team" as the reader reads it (a bare name copies a variable under its own name); null when one part is malformed. */
export function parseMappings(text: string | undefined): Mapping[] | null {
  const mappings: Mapping[] = [];
  for (const part of (text ?? '').split(',').map(p => p.trim()).filter(p => p.length > 0)) {
    const sides = part.split('=').map(s => s.trim());
    if (sides.length > 2 || sides.some(s => s.length === 0)) return null;
    mappings.push({ target: sides[0], source: sides[sides.length - 1] });
  }
  return mappings;
}

export function mappingError(text: string | undefined): string | undefined {
  return parseMappings(text) === null ? 'Write name=name pairs separated by commas, for example wishes=endOfLifeWishes' : undefined;
}

/** Inputs copy the case's variable into the child; outputs copy the child's back when it ends. */
export function mappingsInWords(text: string | undefined, direction: 'in' | 'out'): string {
  const mappings = parseMappings(text);
  if (mappings === null) return mappingError(text)!;
  if (mappings.length === 0) return direction === 'in' ? 'Nothing is copied into the child case.' : 'Nothing is copied back when the child case ends.';
  const said = mappings.map(m => (m.source === m.target ? m.source : direction === 'in' ? `${m.source} as ${m.target}` : `${m.source} as ${m.target}`));
  return direction === 'in'
    ? `Copies the case's ${list(said)} into the child case.`
    : `When the child case ends, copies its ${list(said)} back into this case.`;
}

const list = (items: string[]) => (items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
