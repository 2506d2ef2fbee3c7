import type { ModdleNode, RuleFactory } from './types';

// Mirrors the server reader (PW1040): pathway:correlationKey names a case variable or a field in
// one (=path and ${path} also read), sits only where a message is sent or received, and is a
// plain name on a message start.
const PART = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The variable path a correlation key names, without its = or ${} wrapping. */
export function correlationPath(text: string): string {
  const value = text.trim();
  if (value.startsWith('=')) return value.slice(1).trim();
  if (value.startsWith('${') && value.endsWith('}')) return value.slice(2, -1).trim();
  return value;
}

export function isCorrelationText(text: string | undefined): boolean {
  if (!text) return false;
  const path = correlationPath(text);
  return path.length > 0 && path.split('.').every(part => PART.test(part));
}

export const messageDefinition = (node: ModdleNode): ModdleNode | undefined =>
  (node.eventDefinitions ?? []).find((d: ModdleNode) => d.$instanceOf('bpmn:MessageEventDefinition'));

/** Whether the element sends or receives a message: a send or receive task, or an event with a message definition. */
export function handlesMessage(node: ModdleNode): boolean {
  return node.$instanceOf('bpmn:ReceiveTask') || node.$instanceOf('bpmn:SendTask') || (node.$instanceOf('bpmn:Event') && !!messageDefinition(node));
}

const isTopLevelStart = (node: ModdleNode): boolean => node.$instanceOf('bpmn:StartEvent') && !!node.$parent?.$instanceOf('bpmn:Process');

const messageCorrelation: RuleFactory = () => ({
  check(node, reporter) {
    const key: string | undefined = node.get?.('pathway:correlationKey');
    if (key === undefined || key === null) return;
    if (!handlesMessage(node)) reporter.report(node.id!, 'Correlation key is set where no message is sent or received');
    else if (!isCorrelationText(key)) reporter.report(node.id!, `Correlation key '${key}' does not name a case variable`);
    else if (isTopLevelStart(node) && correlationPath(key).includes('.')) reporter.report(node.id!, 'A message start keeps the key in a plain variable, not a field path');
  }
});

export default messageCorrelation;
