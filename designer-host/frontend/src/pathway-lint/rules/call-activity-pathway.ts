import { getPathwayAttr } from '../../pathway-moddle';
import type { RuleFactory } from './types';

/** Mirrors the server reader (PW1007): a call activity names the pathway it runs. */
const callActivityPathway: RuleFactory = () => ({
  check(node, reporter) {
    if (node.$instanceOf('bpmn:CallActivity') && !getPathwayAttr(node, 'calledPathway') && !node.calledElement) {
      reporter.report(node.id!, 'Call activity names no pathway to run', ['pathway:calledPathway']);
    }
  }
});

export default callActivityPathway;
