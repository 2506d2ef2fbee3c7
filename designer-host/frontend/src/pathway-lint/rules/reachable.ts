import type { ModdleNode, RuleFactory } from './types';

/**
 * Within each process or sub-process, every node must be reachable from a start event
 * (boundary events count as reached with the activity they are attached to).
 */
const reachable: RuleFactory = () => ({
  check(node, reporter) {
    if (!node.$instanceOf('bpmn:Process') && !node.$instanceOf('bpmn:SubProcess')) return;
    const elements: ModdleNode[] = node.flowElements ?? [];
    const nodes = elements.filter(e => e.$instanceOf('bpmn:FlowNode'));
    if (nodes.length === 0) return;

    const reached = new Set<ModdleNode>();
    const queue = nodes.filter(n => n.$instanceOf('bpmn:StartEvent'));
    if (queue.length === 0) {
      reporter.report(node.id!, 'Process has no start event');
      return;
    }
    const boundaries = nodes.filter(n => n.$instanceOf('bpmn:BoundaryEvent'));
    while (queue.length > 0) {
      const current = queue.shift()!;
      if (reached.has(current)) continue;
      reached.add(current);
      for (const flow of (current.outgoing ?? []) as ModdleNode[]) {
        if (flow.targetRef) queue.push(flow.targetRef);
      }
      for (const boundary of boundaries) {
        if (boundary.attachedToRef === current) queue.push(boundary);
      }
    }

    for (const unreached of nodes.filter(n => !reached.has(n))) {
      const disconnected = (unreached.incoming ?? []).length === 0 && (unreached.outgoing ?? []).length === 0;
      // Worded as the server's reader words it (PW1004), so the designer shows one problem, not two.
      reporter.report(unreached.id!, disconnected
        ? 'is not connected, so it cannot be reached from a start event; connect a flow into it or delete it'
        : 'cannot be reached from a start event; connect a flow into it or delete it');
    }
  }
});

export default reachable;
