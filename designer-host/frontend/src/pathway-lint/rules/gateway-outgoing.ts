import type { RuleFactory } from './types';

const gatewayOutgoing: RuleFactory = () => ({
  check(node, reporter) {
    if (node.$instanceOf('bpmn:Gateway') && (node.outgoing ?? []).length === 0) {
      reporter.report(node.id!, 'Gateway has no outgoing sequence flow');
    }
  }
});

export default gatewayOutgoing;
