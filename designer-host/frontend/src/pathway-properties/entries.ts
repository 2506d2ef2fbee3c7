import { SelectEntry, TextFieldEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { isDurationText } from '../pathway-lint/rules/timer-duration';
import { durationInWords } from '../shared/duration';
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

/** The durations offered by name; anything else (P5D, =responseWindow) is typed in the field below. */
export const COMMON_DURATIONS = ['PT15M', 'PT30M', 'PT1H', 'PT2H', 'PT4H', 'PT8H', 'PT12H', 'P1D', 'P2D', 'P3D', 'P7D', 'P14D', 'P28D'];

export function durationOptions(current: string): Array<{ value: string; label: string }> {
  const options = [{ value: '', label: '<none>' }, ...COMMON_DURATIONS.map(d => ({ value: d, label: durationInWords(d) }))];
  if (current && !COMMON_DURATIONS.includes(current)) options.push({ value: current, label: current.startsWith('=') ? `From the case: ${current.slice(1)}` : durationInWords(current) });
  return options;
}

/** A duration attribute as a picker in words ("2 hours"), with a text field for other values. */
function durationEntries(name: string, label: string) {
  function Pick({ element, id }: EntryProps) {
    return h(SelectEntry, {
      element, id, label,
      getValue: () => attr(element, name),
      setValue: useSetter(element, name),
      getOptions: () => durationOptions(attr(element, name))
    });
  }
  function Other({ element, id }: EntryProps) {
    return h(TextFieldEntry, {
      element, id, label: `${label} (other)`, validate: durationError,
      description: 'Another duration (P5D is 5 days, PT90M is 90 minutes) or =variable from the case',
      getValue: () => attr(element, name),
      setValue: useSetter(element, name),
      debounce: useService('debounceInput')
    });
  }
  return (element: any) => [
    { id: `pathway-${name}`, element, component: Pick, isEdited: isSelectEntryEdited },
    { id: `pathway-${name}-other`, element, component: Other, isEdited: isTextFieldEntryEdited }
  ];
}

export const dueEntry = durationEntries('due', 'Due within');

/** The form the task shows, picked from the forms the host knows. */
function FormSelect({ element, id }: EntryProps) {
  const catalog: PathwayCatalog = useService('pathwayCatalog');
  return h(SelectEntry, {
    element, id, label: 'Form', description: 'What staff complete for this task',
    getValue: () => attr(element, 'form'),
    setValue: useSetter(element, 'form'),
    getOptions: () => {
      const current = attr(element, 'form');
      const options = [{ value: '', label: '<none: notes only>' }, ...catalog.forms.map(f => ({ value: f.key, label: f.title }))];
      if (current && !catalog.forms.some(f => f.key === current)) options.push({ value: current, label: `${current} (not a known form)` });
      return options;
    }
  });
}

export const formEntry = (element: any) => ({ id: 'pathway-form', element, component: FormSelect, isEdited: isSelectEntryEdited });

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
    element, id, label: 'Timer duration (other)', description: 'Another duration (P5D is 5 days) or =variable from the case',
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

/** The timer's duration picked in words; the text field below takes anything else. */
function TimerDurationPick({ element, id }: EntryProps) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const definition = timerDefinition(element);
  const current = definition?.timeDuration?.body ?? '';
  return h(SelectEntry, {
    element, id, label: 'Timer duration',
    getValue: () => current,
    setValue: (value: string) => {
      const timeDuration = value ? bpmnFactory.create('bpmn:FormalExpression', { body: value }) : undefined;
      modeling.updateModdleProperties(element, definition, { timeDuration, timeDate: undefined, timeCycle: undefined });
    },
    getOptions: () => durationOptions(current)
  });
}

export const timerDurationEntry = (element: any) => [
  { id: 'pathway-timer-duration-pick', element, component: TimerDurationPick, isEdited: isSelectEntryEdited },
  { id: 'pathway-timer-duration', element, component: TimerDuration, isEdited: isTextFieldEntryEdited }
];
