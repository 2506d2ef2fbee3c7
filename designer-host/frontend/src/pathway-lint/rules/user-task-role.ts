import { getPathwayAttr } from '../../pathway-moddle';
import type { RuleFactory } from './types';

const userTaskRole: RuleFactory = () => ({
  check(node, reporter) {
    if (node.$instanceOf('bpmn:UserTask') && !getPathwayAttr(node, 'role')) {
      reporter.report(node.id!, 'User task has no role', ['pathway:role']);
    }
  }
});

export default userTaskRole;
