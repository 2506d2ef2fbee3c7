import { getPathwayAttr } from '../../pathway-moddle';
import type { RuleFactory } from './types';

const businessRuleTaskRuleSet: RuleFactory = () => ({
  check(node, reporter) {
    if (node.$instanceOf('bpmn:BusinessRuleTask') && !getPathwayAttr(node, 'ruleSet')) {
      reporter.report(node.id!, 'Business rule task has no rule set', ['pathway:ruleSet']);
    }
  }
});

export default businessRuleTaskRuleSet;
