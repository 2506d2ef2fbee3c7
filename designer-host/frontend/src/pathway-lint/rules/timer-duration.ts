import type { ModdleNode, RuleFactory } from './types';

// ISO 8601 durations the engine accepts (PT2H, P1D, P1DT30M), or an expression (=variable).
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

export function isDurationText(text: string | undefined): boolean {
  if (!text) return false;
  const value = text.trim();
  if (value.startsWith('=')) return value.length > 1;
  return ISO_DURATION.test(value);
}

const timerDuration: RuleFactory = () => ({
  check(node, reporter) {
    if (!node.$instanceOf('bpmn:Event')) return;
    const timer = (node.eventDefinitions ?? []).find((d: ModdleNode) => d.$instanceOf('bpmn:TimerEventDefinition'));
    if (!timer) return;
    const body: string | undefined = timer.timeDuration?.body;
    if (!body || body.trim() === '') {
      reporter.report(node.id!, 'Timer has no duration');
    } else if (!isDurationText(body)) {
      reporter.report(node.id!, `Timer duration '${body}' is neither an ISO 8601 duration nor an =expression`);
    }
  }
});

export default timerDuration;
