import { getPathwayAttr } from '../../pathway-moddle';
import { requiredAttributesFor } from '../../shared/subset';
import type { RuleFactory } from './types';

/** "bpmn:BusinessRuleTask" → "Business rule task". */
const inWords = (type: string) => {
  const words = type.replace(/^bpmn:/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** "ruleSet" → "rule set". */
const attributeWords = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Mirrors the server reader (PW1007): every pathway: attribute the engine's subset marks required is set. */
const requiredAttributes: RuleFactory = () => ({
  check(node, reporter) {
    if (!node.id) return;
    for (const name of requiredAttributesFor(node.$type)) {
      if (!getPathwayAttr(node, name)) reporter.report(node.id, `${inWords(node.$type)} has no ${attributeWords(name)}`, [`pathway:${name}`]);
    }
  }
});

export default requiredAttributes;
