import { getPathwayAttr } from '../../pathway-moddle';
import type { RuleFactory } from './types';

/** Mirrors the server reader (PW1017): a multi-instance activity runs over a collection or a count. */
const multiInstanceCollection: RuleFactory = () => ({
  check(node, reporter) {
    const loop = node.loopCharacteristics;
    if (!loop?.$instanceOf?.('bpmn:MultiInstanceLoopCharacteristics')) return;
    const collection = getPathwayAttr(loop, 'collection') ?? loop.$attrs?.['camunda:collection'] ?? loop.$attrs?.['flowable:collection'];
    if (!collection && !loop.loopCardinality) {
      reporter.report(node.id!, 'Multi-instance names no collection to run over', ['loopCharacteristics', 'pathway:collection']);
    }
  }
});

export default multiInstanceCollection;
