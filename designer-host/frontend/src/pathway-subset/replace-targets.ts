import * as ReplaceOptions from 'bpmn-js/lib/features/replace/ReplaceOptions';
import type { ReplaceTarget } from './filter';

/** Every bpmn-js replace-menu entry id (its actionName) with the element it would produce. */
export function replaceTargets(): Map<string, ReplaceTarget> {
  const targets = new Map<string, ReplaceTarget>();
  for (const group of Object.values(ReplaceOptions as Record<string, unknown>)) {
    const options = Array.isArray(group) ? group : group && typeof group === 'object' ? Object.values(group).flat() : [];
    for (const option of options as Array<{ actionName?: string; target?: ReplaceTarget }>) {
      if (option?.actionName && option.target) targets.set(option.actionName, option.target);
    }
  }
  return targets;
}
