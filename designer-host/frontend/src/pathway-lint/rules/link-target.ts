import { eventDefinitionType, type ModdleNode, type RuleFactory } from './types';

const linkName = (node: ModdleNode): string | undefined =>
  eventDefinitionType(node) === 'bpmn:LinkEventDefinition' ? node.eventDefinitions[0].name : undefined;

/** Mirrors the server reader (PW1021): a throwing link lands on exactly one catching link of its name at the same level. */
const linkTarget: RuleFactory = () => ({
  check(node, reporter) {
    if (!node.$instanceOf('bpmn:IntermediateThrowEvent') || eventDefinitionType(node) !== 'bpmn:LinkEventDefinition') return;
    const name = linkName(node);
    const siblings: ModdleNode[] = node.$parent?.flowElements ?? [];
    const targets = siblings.filter(s => s.$instanceOf('bpmn:IntermediateCatchEvent') && name && linkName(s) === name);
    if (targets.length !== 1) {
      reporter.report(node.id!, targets.length === 0 ? `No catching link named '${name ?? ''}' at this level` : `${targets.length} catching links share the name '${name}'`);
    }
  }
});

export default linkTarget;
