import { attributesFor } from '../shared/subset';
import { dueEntry, formEntry, roleEntries, ruleSetEntry, textEntry, timerDefinition, timerDurationEntry } from './entries';

const entryFactories: Record<string, (element: any) => any | any[]> = {
  role: roleEntries,
  ruleSet: ruleSetEntry,
  form: formEntry,
  due: dueEntry,
  escalationTarget: textEntry('escalationTarget', 'Escalation target', 'Role or team told when this is late'),
  service: textEntry('service', 'Service', 'Name of the service the engine calls')
};

/** Adds a "Pathway" group with the `pathway:` attributes the subset lists for the element's type. */
export class PathwayPropertiesProvider {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: any) {
    propertiesPanel.registerProvider(500, this);
  }

  getGroups(element: any) {
    return (groups: any[]) => {
      const entries = pathwayEntries(element);
      if (entries.length === 0) return groups;
      return [...groups.slice(0, 1), { id: 'pathway', label: 'Pathway', entries }, ...groups.slice(1)];
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
