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
    // A case starts with a referral or a message; other triggers start event sub-processes only.
    const inEventSubProcess = node.$parent?.$instanceOf?.('bpmn:SubProcess') && node.$parent.triggeredByEvent;
    if (node.$instanceOf('bpmn:StartEvent') && kind.eventDefinitionType && kind.eventDefinitionType !== 'bpmn:MessageEventDefinition'
      && !inEventSubProcess && !node.$parent?.$instanceOf?.('bpmn:SubProcess')) {
      reporter.report(node.id, `A case cannot start on ${kind.eventDefinitionType}; put it on the start of an event sub-process`);
    }
    if (node.loopCharacteristics?.$instanceOf?.('bpmn:StandardLoopCharacteristics')) {
      reporter.report(node.id, 'Standard loops are not supported by the pathway engine; loop with an exclusive gateway, or use multi-instance');
    }
  }
});

export default executableSubset;
