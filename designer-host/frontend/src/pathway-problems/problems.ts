// Problems in a pathway, from the live linter or the server's reader, in one shape, grouped by
// cause: one deleted flow makes every step after it unreachable, and a designer needs to see the
// one missing flow, not a wall of consequences. Kept free of the DOM so vitest runs it in node.
import type { ElementError } from '../shared/api';

export type ProblemSource = 'lint' | 'server';

export interface Problem {
  code?: string;
  element?: string;
  line?: number;
  message: string;
  fix?: string;
  /** 'advice' does not stop publishing; the server does not refuse it either. */
  severity: 'error' | 'advice';
  source: ProblemSource;
}

export interface ProblemGroup {
  cause: Problem;
  /** Problems that go away when the cause is fixed (the steps after an unreachable one). */
  consequences: Problem[];
}

/** The diagram as far as grouping needs it. */
export interface FlowGraph {
  incoming(id: string): string[];
  outgoing(id: string): string[];
  /** Where the element sits in reading order (left to right, then top to bottom). */
  order(id: string): number;
}

export const UNREACHABLE = 'PW1004';

/** The server reader's code for each lint rule, so both name a problem the same way. */
const LINT_CODES: Record<string, string> = {
  'pathway/executable-subset': 'PW1001',
  'pathway/gateway-outgoing': 'PW1003',
  'pathway/reachable': UNREACHABLE,
  'pathway/timer-duration': 'PW1005',
  'pathway/user-task-role': 'PW1007',
  'pathway/required-attributes': 'PW1007',
  'pathway/multi-instance-collection': 'PW1017',
  'pathway/call-activity-pathway': 'PW1007',
  'pathway/call-activity-settings': 'PW1007',
  'pathway/event-gateway-targets': 'PW1019',
  'pathway/link-target': 'PW1021',
  'pathway/message-correlation': 'PW1040',
  'pathway/message-start-unique': 'PW1041'
};

export const lintCodeFor = (rule: string): string | undefined => LINT_CODES[rule];

export interface LintIssue { id: string; message: string; category?: string; rule?: string; actualElementId?: string }

export function fromLint(issues: Record<string, LintIssue[]>): Problem[] {
  return Object.values(issues).flat().map(issue => {
    const code = issue.message === 'Process has no start event' ? 'PW1010' : issue.rule ? LINT_CODES[issue.rule] : undefined;
    return {
      code,
      element: issue.actualElementId ?? issue.id,
      message: issue.message,
      severity: issue.category === 'error' ? 'error' : 'advice',
      source: 'lint' as const
    };
  });
}

export function fromServer(errors: ElementError[]): Problem[] {
  return errors.map(e => ({ code: e.code, element: e.elementId, line: e.line, message: e.message, fix: e.fix, severity: 'error' as const, source: 'server' as const }));
}

const isUnreachable = (p: Problem) => p.code === UNREACHABLE && p.element !== undefined;

/**
 * Groups unreachable steps under the step that starts the gap (one whose own predecessors are
 * all reachable, so a flow into it is what is missing); every other problem is its own group.
 * Groups come in reading order of their cause, errors before advice.
 */
export function groupProblems(problems: Problem[], graph: FlowGraph): ProblemGroup[] {
  const unreachable = new Map(problems.filter(isUnreachable).map(p => [p.element!, p]));
  const assigned = new Set<string>();
  const groups: ProblemGroup[] = [];

  const gather = (root: string): Problem[] => {
    const consequences: Problem[] = [];
    const queue = [...graph.outgoing(root)];
    while (queue.length > 0) {
      const id = queue.shift()!;
      const problem = unreachable.get(id);
      if (!problem || assigned.has(id)) continue;
      assigned.add(id);
      consequences.push(problem);
      queue.push(...graph.outgoing(id));
    }
    return consequences.sort((a, b) => graph.order(a.element!) - graph.order(b.element!));
  };

  const byOrder = [...unreachable.keys()].sort((a, b) => graph.order(a) - graph.order(b));
  const roots = byOrder.filter(id => !graph.incoming(id).some(source => unreachable.has(source)));
  // Steps in a closed loop nobody enters have no such root: the first of the loop stands for it.
  for (const id of [...roots, ...byOrder]) {
    if (assigned.has(id)) continue;
    assigned.add(id);
    groups.push({ cause: unreachable.get(id)!, consequences: gather(id) });
  }
  for (const problem of problems) {
    if (!isUnreachable(problem)) groups.push({ cause: problem, consequences: [] });
  }
  // The server's reader does not call an element unreachable while it has another error of its
  // own; the linter does. Fold such a gap under the element's other problem so both count one.
  for (const gap of groups.filter(g => isUnreachable(g.cause))) {
    const own = groups.find(g => g !== gap && !isUnreachable(g.cause) && g.cause.element === gap.cause.element && g.cause.severity === 'error');
    if (!own) continue;
    own.consequences.push(gap.cause, ...gap.consequences);
    groups.splice(groups.indexOf(gap), 1);
  }
  const rank = (g: ProblemGroup) => (g.cause.severity === 'error' ? 0 : 1);
  const position = (g: ProblemGroup) => (g.cause.element ? graph.order(g.cause.element) : -Infinity);
  return groups.sort((a, b) => rank(a) - rank(b) || position(a) - position(b));
}

/** "Flow_1 is missing…": the sentence shown for a group, naming how many steps wait on it. */
export function describeGroup(group: ProblemGroup, label: (id: string) => string): string {
  const { cause, consequences } = group;
  const name = cause.element ? label(cause.element) : '';
  const where = name ? `${name} ` : '';
  const text = `${where}${cause.message}`;
  const own = consequences.filter(c => c.element === cause.element);
  const after = consequences.length - own.length;
  const parts = [text];
  if (own.length > 0) parts.push(`It is not connected either (${UNREACHABLE}): connect a flow into it`);
  if (after > 0) parts.push(`Connecting it also fixes ${after === 1 ? '1 step after it' : `${after} steps after it`}`);
  return parts.join('. ') + (parts.length > 1 ? '.' : '');
}

/** One summary for the status line, counting groups (causes) rather than every symptom. */
export function summarise(groups: ProblemGroup[]): string {
  const errors = groups.filter(g => g.cause.severity === 'error').length;
  const advice = groups.length - errors;
  if (groups.length === 0) return 'No problems found.';
  const parts = [errors && `${errors} ${errors === 1 ? 'problem' : 'problems'} to fix before publishing`, advice && `${advice} ${advice === 1 ? 'piece' : 'pieces'} of advice`];
  return parts.filter(Boolean).join(' and ') + '.';
}
