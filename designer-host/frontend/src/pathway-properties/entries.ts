import { SelectEntry, TextFieldEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { isDurationText } from '../pathway-lint/rules/timer-duration';
import type { PathwayCatalog } from './catalog';

interface EntryProps { element: any; id: string }

const attr = (element: any, name: string): string => element.businessObject.get(`pathway:${name}`) ?? '';

function useSetter(element: any, name: string) {
  const modeling = useService('modeling');
  return (value: string) => modeling.updateProperties(element, { [`pathway:${name}`]: value || undefined });
}

const durationError = (value: string) => (!value || isDurationText(value) ? undefined : 'Use an ISO 8601 duration such as PT2H, or =variable');

/** A plain text attribute entry (form key, due, escalation target, service). */
export function textEntry(name: string, label: string, description?: string, validate?: (v: string) => string | undefined) {
  function Component({ element, id }: EntryProps) {
    return h(TextFieldEntry, {
      element, id, label, description, validate,
      getValue: () => attr(element, name),
      setValue: useSetter(element, name),
      debounce: useService('debounceInput')
    });
  }
  return (element: any) => ({ id: `pathway-${name}`, element, component: Component, isEdited: isTextFieldEntryEdited });
}

export const dueEntry = textEntry('due', 'Due within', 'ISO 8601 duration (PT4H) or =variable', durationError);

/** Role: pick a known role, or type an =expression in the field below. */
function RoleSelect({ element, id }: EntryProps) {
  const catalog: PathwayCatalog = useService('pathwayCatalog');
  return h(SelectEntry, {
    element, id, label: 'Role',
    getValue: () => attr(element, 'role'),
    setValue: useSetter(element, 'role'),
    getOptions: () => {
      const current = attr(element, 'role');
      const options = [{ value: '', label: '<none>' },
        ...catalog.roles.map(r => ({ value: r.id, label: `${r.name} (${r.discipline})` }))];
      if (current && !catalog.roles.some(r => r.id === current)) options.push({ value: current, label: current });
      return options;
    }
  });
}

function RoleText({ element, id }: EntryProps) {
  return h(TextFieldEntry, {
    element, id, label: 'Role (id or =expression)',
    description: 'A role id from the list, or =variable to assign from case data',
    getValue: () => attr(element, 'role'),
    setValue: useSetter(element, 'role'),
    debounce: useService('debounceInput')
  });
}

export const roleEntries = (element: any) => [
  { id: 'pathway-role', element, component: RoleSelect, isEdited: isSelectEntryEdited },
  { id: 'pathway-role-text', element, component: RoleText, isEdited: isTextFieldEntryEdited }
];

function RuleSetSelect({ element, id }: EntryProps) {
  const catalog: PathwayCatalog = useService('pathwayCatalog');
  return h(SelectEntry, {
    element, id, label: 'Rule set', description: 'Published rule sets',
    getValue: () => attr(element, 'ruleSet'),
    setValue: useSetter(element, 'ruleSet'),
    getOptions: () => {
      const current = attr(element, 'ruleSet');
      const options = [{ value: '', label: '<none>' }, ...catalog.ruleSetOptions()];
      if (current && !options.some(o => o.value === current)) options.push({ value: current, label: `${current} (not published)` });
      return options;
    }
  });
}

export const ruleSetEntry = (element: any) => ({ id: 'pathway-ruleSet', element, component: RuleSetSelect, isEdited: isSelectEntryEdited });

/** The timer's duration, stored as bpmn:timeDuration (the only timer form the engine runs). */
function TimerDuration({ element, id }: EntryProps) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const definition = timerDefinition(element);
  return h(TextFieldEntry, {
    element, id, label: 'Timer duration', description: 'ISO 8601 (PT2H) or =variable',
    validate: durationError,
    getValue: () => definition?.timeDuration?.body ?? '',
    setValue: (value: string) => {
      const timeDuration = value ? bpmnFactory.create('bpmn:FormalExpression', { body: value }) : undefined;
      modeling.updateModdleProperties(element, definition, { timeDuration, timeDate: undefined, timeCycle: undefined });
    },
    debounce: useService('debounceInput')
  });
}

export function timerDefinition(element: any): any {
  return (element.businessObject.eventDefinitions ?? []).find((d: any) => d.$type === 'bpmn:TimerEventDefinition');
}

export const timerDurationEntry = (element: any) => ({ id: 'pathway-timer-duration', element, component: TimerDuration, isEdited: isTextFieldEntryEdited });
