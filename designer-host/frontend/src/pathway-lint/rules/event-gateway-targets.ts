import { eventDefinitionType, type RuleFactory } from './types';

const RACED = new Set(['bpmn:TimerEventDefinition', 'bpmn:MessageEventDefinition', 'bpmn:SignalEventDefinition']);

/** Mirrors the server reader (PW1019): an event-based gateway races catch events or receive tasks. */
const eventGatewayTargets: RuleFactory = () => ({
  check(node, reporter) {
    if (!node.$instanceOf('bpmn:EventBasedGateway')) return;
    const targets = (node.outgoing ?? []).map((flow: { targetRef?: { $instanceOf(type: string): boolean } }) => flow.targetRef).filter(Boolean);
    if (targets.length < 2) {
      reporter.report(node.id!, 'Event-based gateway races fewer than two events');
    }
    const fits = (target: any) => target.$instanceOf('bpmn:ReceiveTask')
      || (target.$instanceOf('bpmn:IntermediateCatchEvent') && RACED.has(eventDefinitionType(target) ?? ''));
    if (targets.some((target: any) => !fits(target))) {
      reporter.report(node.id!, 'Event-based gateway must lead to timer, message or signal catch events, or receive tasks');
    }
  }
});

export default eventGatewayTargets;
