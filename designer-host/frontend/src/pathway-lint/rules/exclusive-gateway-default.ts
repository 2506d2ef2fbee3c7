import type { ModdleNode, RuleFactory } from './types';

/** A case stops with an incident when no condition holds, so conditional splits need a default. */
const exclusiveGatewayDefault: RuleFactory = () => ({
  check(node, reporter) {
    if (!node.$instanceOf('bpmn:ExclusiveGateway')) return;
    const outgoing: ModdleNode[] = node.outgoing ?? [];
    const conditional = outgoing.some(flow => flow.conditionExpression);
    if (conditional && !node.default) {
      reporter.report(node.id!, 'Exclusive gateway has conditions but no default flow');
    }
  }
});

export default exclusiveGatewayDefault;
