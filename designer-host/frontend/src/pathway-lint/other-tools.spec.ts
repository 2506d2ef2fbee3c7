import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import { describe, expect, it } from 'vitest';
import { pathwayModdleExtensions } from '../pathway-moddle';
import { fromLint } from '../pathway-problems/problems';
import { pathwayLintBundle } from './config';

// Files drawn in other tools' formats, shared with the engine's and the host's tests.
const folder = resolve(import.meta.dirname, '../../../../tests/Shared/OtherTools');
const VENDORS = ['camunda', 'zeebe', 'modeler', 'signavio', 'bizagi', 'flowable'];

/** The same problems the server reader reports on each file (OtherToolsFilesTests). */
const files: Array<[string, string[]]> = [
  ['camunda7.bpmn', ['PW1007 NotifyGp']],
  ['camunda8-zeebe.bpmn', ['PW1007 ChaseService']],
  ['signavio.bpmn', ['PW1007 sid-eligibility']],
  ['bizagi.bpmn', []],
  ['flowable.bpmn', ['PW1007 visit']]
];

/** Every vendor attribute (prefix:name="value") and element (<prefix:tag) in a file, sorted, so two files compare by content. */
function vendorParts(file: string): string[] {
  const xml = file.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  const prefixes = VENDORS.join('|');
  const attributes = [...xml.matchAll(new RegExp(`\\s((?:${prefixes}):[\\w-]+)="([^"]*)"`, 'g'))].map(m => `@${m[1]}=${m[2]}`);
  const elements = [...xml.matchAll(new RegExp(`<((?:${prefixes}):[\\w-]+)`, 'g'))].map(m => `<${m[1]}`);
  const text = [...xml.matchAll(new RegExp(`<((?:${prefixes}):[\\w-]+)[^>]*[^/]>\\s*([^<\\s][^<]*)</`, 'g'))].map(m => `${m[1]}>${m[2].trim()}`);
  return [...attributes, ...elements, ...text].sort();
}

async function open(file: string) {
  const xml = readFileSync(resolve(folder, file), 'utf8');
  const moddle = new BpmnModdle(pathwayModdleExtensions as any);
  const { rootElement, warnings } = await moddle.fromXML(xml);
  return { xml, moddle, definitions: rootElement, warnings };
}

describe('files from other tools in the designer', () => {
  it.each(files)('%s opens with no import warnings and keeps every vendor extension when saved again', async file => {
    // given the file as the other tool wrote it
    const { xml, moddle, definitions, warnings } = await open(file);
    expect(warnings).toEqual([]);

    // when the designer's moddle writes it back
    const { xml: saved } = await moddle.toXML(definitions, { format: true });

    // then every vendor attribute, element and value is still there
    expect(vendorParts(xml).length).toBeGreaterThan(0);
    expect(vendorParts(saved)).toEqual(vendorParts(xml));
  });

  it.each(files)('%s: the lint marks the same elements as the server reader, with the same code', async (file, expected) => {
    // given
    const { definitions } = await open(file);

    // when
    const reports: Record<string, any[]> = await new Linter(pathwayLintBundle).lint(definitions);
    const problems = fromLint(Object.fromEntries(Object.entries(reports).map(([rule, items]) => [rule, items.map(i => ({ ...i, rule }))])))
      .filter(p => p.code !== undefined);

    // then a missing pathway: attribute is a problem on its element, nothing else is
    expect(problems.map(p => `${p.code} ${p.element}`)).toEqual(expected);
  });
});
