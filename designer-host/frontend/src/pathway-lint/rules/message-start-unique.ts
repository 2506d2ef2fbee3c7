import { messageDefinition } from './message-correlation';
import type { ModdleNode, RuleFactory } from './types';

// Mirrors the server reader (PW1041): a message starts a case at one start event of the process, so no two start on the same message.
const messageStartUnique: RuleFactory = () => ({
  check(node, reporter) {
    if (!node.$instanceOf('bpmn:Process')) return;
    const seen = new Set<string>();
    for (const start of (node.flowElements ?? []).filter((e: ModdleNode) => e.$instanceOf('bpmn:StartEvent'))) {
      const message = messageDefinition(start)?.messageRef?.id;
      if (!message) continue;
      if (seen.has(message)) reporter.report(start.id!, 'Another start event already starts a case on this message');
      seen.add(message);
    }
  }
});

export default messageStartUnique;
