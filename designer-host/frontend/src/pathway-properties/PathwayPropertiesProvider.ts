import { handlesMessage, isCorrelationText } from '../pathway-lint/rules/message-correlation';
import { attributesFor } from '../shared/subset';
import { calledPathwayEntry, inputsEntry, outputsEntry, versionEntries } from './call-activity-entries';
import { dueEntry, formEntry, roleEntries, ruleSetEntry, textEntry, timerDefinition, timerDurationEntry } from './entries';
import { runsForEachItem } from './loop';
import { multiInstanceEntries } from './multi-instance-entries';

const entryFactories: Record<string, (element: any) => any | any[]> = {
  role: roleEntries,
  ruleSet: ruleSetEntry,
  form: formEntry,
  due: dueEntry,
  escalationTarget: textEntry('escalationTarget', 'Escalation target', 'Role or team told when this is late'),
  service: textEntry('service', 'Service', 'Name of the service the engine calls'),
  title: textEntry('title', 'Title on the worklist', 'Empty shows the task\'s name; =mdtAction.description shows each item\'s own'),
  assignee: textEntry('assignee', 'Assigned to', 'A person\'s id, or =variable; empty offers it to everyone in the role'),
  calledPathway: calledPathwayEntry,
  version: versionEntries,
  inputs: inputsEntry,
  outputs: outputsEntry,
  correlationKey: (element: any) => (handlesMessage(element.businessObject) ? correlationKeyEntry(element) : [])
};

/** Only where a message is sent or received, as the reader allows it; empty correlates on the correlationKey variable. */
const correlationKeyEntry = textEntry('correlationKey', 'Correlation key',
  'The case variable the message is matched on, such as nhsNumber or referral.nhsNumber (empty: correlationKey). On a message start, the new case keeps the message\'s key in it',
  value => (!value || isCorrelationText(value) ? undefined : 'Name a case variable, such as nhsNumber or referral.nhsNumber'));

/** Adds a "Pathway" group with the `pathway:` attributes the subset lists for the element's type. */
export class PathwayPropertiesProvider {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: any) {
    propertiesPanel.registerProvider(500, this);
  }

  getGroups(element: any) {
    return (groups: any[]) => {
      const entries = pathwayEntries(element);
      const ours = entries.length === 0 ? [] : [{ id: 'pathway', label: 'Pathway', entries }];
      // bpmn-js's own multi-instance group (cardinality, raw expressions) gives way to one in words.
      if (runsForEachItem(element)) ours.push({ id: 'pathway-multi-instance', label: 'Runs for each item', entries: multiInstanceEntries(element) });
      if (ours.length === 0) return groups;
      return [...groups.slice(0, 1), ...ours, ...groups.slice(1).filter(g => g.id !== 'multiInstance')];
    };
  }
}

function pathwayEntries(element: any): any[] {
  const entries = attributesFor(element.type).flatMap(name => {
    const factory = entryFactories[name];
    return factory ? [factory(element)].flat() : [];
  });
  if (timerDefinition(element)) entries.push(...timerDurationEntry(element));
  return entries;
}
