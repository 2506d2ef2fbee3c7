import { isExecutable } from '../../shared/subset';
import { eventDefinitionType, type RuleFactory } from './types';

/** Mirrors the server reader: every flow element must be one the engine can run. */
const executableSubset: RuleFactory = () => ({
  check(node, reporter) {
    if (!node.$instanceOf('bpmn:FlowElement') || !node.id) return;
    const definitions = node.eventDefinitions ?? [];
    if (definitions.length > 1) {
      reporter.report(node.id, 'Element has more than one event definition; the engine runs one');
      return;
    }
    const kind = { type: node.$type, eventDefinitionType: eventDefinitionType(node) };
    if (!isExecutable(kind)) {
      const what = kind.eventDefinitionType ? `${kind.type} with ${kind.eventDefinitionType}` : kind.type;
      reporter.report(node.id, `${what} is not supported by the pathway engine`);
      return;
    }
    if (node.$instanceOf('bpmn:SubProcess') && node.triggeredByEvent) {
      reporter.report(node.id, 'Event sub-processes are not supported by the pathway engine');
    }
  }
});

export default executableSubset;
