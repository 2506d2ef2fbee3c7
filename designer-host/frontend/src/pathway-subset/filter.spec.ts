import { describe, expect, it } from 'vitest';
import { isExecutable, type ExecutableSubset, executableSubset } from '../shared/subset';
import { filterContextPadEntries, filterPaletteEntries, filterReplaceEntries, filterReplaceHeaderEntries, paletteCreateSpecs } from './filter';
import { replaceTargets } from './replace-targets';

const without = (type: string): ExecutableSubset => ({ elements: executableSubset.elements.filter(e => e.type !== type) });

describe('palette', () => {
  it('offers only executable kinds', () => {
    const specs = paletteCreateSpecs();
    expect(specs.every(spec => isExecutable(spec))).toBe(true);
    expect(specs.map(s => s.id)).toContain('create.user-task');
  });

  it('follows the shared subset: a type dropped from it leaves the palette', () => {
    expect(paletteCreateSpecs(without('bpmn:ManualTask')).map(s => s.id)).not.toContain('create.manual-task');
  });

  it('drops built-in create entries for elements outside the subset and keeps the tools', () => {
    const builtIn = Object.fromEntries(['hand-tool', 'lasso-tool', 'create.task', 'create.data-object', 'create.participant-expanded',
      'create.intermediate-event', 'create.subprocess-expanded', 'create.group'].map(id => [id, {}]));
    expect(Object.keys(filterPaletteEntries(builtIn))).toEqual(['hand-tool', 'lasso-tool', 'create.subprocess-expanded']);
  });

  it('offers the gateways and tasks services need: inclusive, event-based, send, receive and call', () => {
    expect(paletteCreateSpecs().map(s => s.id)).toEqual(expect.arrayContaining(['create.inclusive-gateway', 'create.event-based-gateway',
      'create.send-task', 'create.receive-task', 'create.call-activity', 'create.error-end-event', 'create.signal-catch-event']));
  });
});

describe('context pad', () => {
  it('drops appends of conditional events and compensation, keeps tasks, timers, signals, gateways, delete and connect', () => {
    const entries = Object.fromEntries(['append.end-event', 'append.gateway', 'append.append-task', 'append.intermediate-event',
      'append.timer-intermediate-event', 'append.signal-intermediate-event', 'append.condition-intermediate-event',
      'append.compensation-activity', 'append.text-annotation', 'replace', 'delete', 'connect'].map(id => [id, {}]));
    expect(Object.keys(filterContextPadEntries(entries))).toEqual(['append.end-event', 'append.gateway', 'append.append-task',
      'append.intermediate-event', 'append.timer-intermediate-event', 'append.signal-intermediate-event', 'append.text-annotation',
      'replace', 'delete', 'connect']);
  });
});

describe('replace menu', () => {
  const targets = replaceTargets();
  const entryIds = (ids: string[]) => Object.keys(filterReplaceEntries(Object.fromEntries(ids.map(id => [id, {}])), targets));

  it('knows the bpmn-js replace options', () => {
    expect(targets.get('replace-with-user-task')).toEqual({ type: 'bpmn:UserTask' });
  });

  it('keeps executable targets and flow entries only', () => {
    expect(entryIds(['replace-with-user-task', 'replace-with-task', 'replace-with-script-task', 'replace-with-call-activity',
      'replace-with-message-start', 'replace-with-timer-start', 'replace-with-default-flow', 'replace-with-transaction']))
      // a timer start runs as the start of an event sub-process; the lint reports it at the process level
      .toEqual(['replace-with-user-task', 'replace-with-task', 'replace-with-call-activity', 'replace-with-message-start', 'replace-with-timer-start',
        'replace-with-default-flow']);
  });

  it('keeps timer, message, signal, error and escalation boundary events and no others', () => {
    const boundary = [...targets.entries()].filter(([, t]) => t.type === 'bpmn:BoundaryEvent').map(([id]) => id);
    const kinds = new Set(entryIds(boundary).map(id => targets.get(id)!.eventDefinitionType));
    expect([...kinds].sort()).toEqual(['bpmn:ErrorEventDefinition', 'bpmn:EscalationEventDefinition', 'bpmn:MessageEventDefinition',
      'bpmn:SignalEventDefinition', 'bpmn:TimerEventDefinition']);
  });

  it('offers multi-instance toggles but no standard loop', () => {
    const header = { 'toggle-loop': {}, 'toggle-parallel-mi': {}, 'toggle-sequential-mi': {}, 'toggle-non-interrupting': {} };
    expect(Object.keys(filterReplaceHeaderEntries(header))).toEqual(['toggle-parallel-mi', 'toggle-sequential-mi', 'toggle-non-interrupting']);
  });
});
