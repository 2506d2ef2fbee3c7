import { describe, expect, it } from 'vitest';
import { describeGroup, fromLint, fromServer, groupProblems, summarise, type FlowGraph, type Problem } from './problems';

/** A straight line of steps: Start → A → B → C → D, with the flow into A deleted. */
function line(ids: string[], missing: Array<[string, string]>): FlowGraph {
  const flows = ids.slice(1).map((id, i) => [ids[i], id] as [string, string])
    .filter(([a, b]) => !missing.some(([x, y]) => x === a && y === b));
  return {
    incoming: id => flows.filter(([, b]) => b === id).map(([a]) => a),
    outgoing: id => flows.filter(([a]) => a === id).map(([, b]) => b),
    order: id => ids.indexOf(id)
  };
}

const unreachable = (element: string): Problem =>
  ({ code: 'PW1004', element, message: `${element} cannot be reached from a start event`, severity: 'error', source: 'server' });

describe('groupProblems', () => {
  it('puts every step after a deleted flow under the step the flow led to', () => {
    // given the flow Start → A deleted, so A, B, C and D cannot be reached (listed in any order)
    const graph = line(['Start', 'A', 'B', 'C', 'D'], [['Start', 'A']]);
    const problems = ['C', 'A', 'D', 'B'].map(unreachable);

    // when
    const groups = groupProblems(problems, graph);

    // then one group: A is the cause, the rest follow from it
    expect(groups).toHaveLength(1);
    expect(groups[0].cause.element).toBe('A');
    expect(groups[0].consequences.map(p => p.element)).toEqual(['B', 'C', 'D']);
    expect(describeGroup(groups[0], id => id)).toBe('A A cannot be reached from a start event. Connecting it also fixes 3 steps after it.');
  });

  it('shows the first cause first and keeps other problems as their own groups', () => {
    // given two gaps and a task without a role, found in the wrong order
    const graph = line(['Start', 'A', 'B', 'C', 'D'], [['Start', 'A'], ['B', 'C']]);
    const noRole: Problem = { code: 'PW1007', element: 'B', message: 'User task has no role', severity: 'error', source: 'lint' };
    const advice: Problem = { element: 'Start', message: 'Exclusive gateway has conditions but no default flow', severity: 'advice', source: 'lint' };

    // when
    const groups = groupProblems([advice, unreachable('D'), unreachable('C'), noRole, unreachable('B'), unreachable('A')], graph);

    // then causes in reading order, advice last
    expect(groups.map(g => [g.cause.code ?? 'advice', g.cause.element, g.consequences.length])).toEqual([
      ['PW1004', 'A', 1], ['PW1007', 'B', 0], ['PW1004', 'C', 1], ['advice', 'Start', 0]
    ]);
    expect(summarise(groups)).toBe('3 problems to fix before publishing and 1 piece of advice.');
  });

  it('lets the first step of a closed loop nobody enters stand for the loop', () => {
    // given A → B → A with nothing flowing in
    const graph: FlowGraph = {
      incoming: id => (id === 'A' ? ['B'] : ['A']),
      outgoing: id => (id === 'A' ? ['B'] : ['A']),
      order: id => (id === 'A' ? 1 : 2)
    };
    const groups = groupProblems([unreachable('B'), unreachable('A')], graph);
    expect(groups.map(g => [g.cause.element, g.consequences.map(c => c.element)])).toEqual([['A', ['B']]]);
  });

  it('counts an unconnected task without a role once, as the server does', () => {
    // given the linter's two findings on one element (the server reports only the missing role)
    const graph = line(['Start', 'T'], [['Start', 'T']]);
    const noRole: Problem = { code: 'PW1007', element: 'T', message: 'User task has no role', severity: 'error', source: 'lint' };

    // when
    const groups = groupProblems([unreachable('T'), noRole], graph);

    // then one group, the gap under the missing role
    expect(groups.map(g => [g.cause.code, g.consequences.map(c => c.code)])).toEqual([['PW1007', ['PW1004']]]);
    expect(describeGroup(groups[0], id => id)).toBe('T User task has no role. It is not connected either (PW1004): connect a flow into it.');
  });
});

describe('one shape for both sources', () => {
  it('gives lint findings the server reader code for the same problem', () => {
    const problems = fromLint({
      T: [{ id: 'T', message: 'User task has no role', category: 'error', rule: 'pathway/user-task-role' }],
      G: [{ id: 'G', message: 'Exclusive gateway has conditions but no default flow', category: 'warn', rule: 'pathway/exclusive-gateway-default' }],
      X: [{ id: 'X', message: 'Element cannot be reached from a start event', category: 'error', rule: 'pathway/reachable' }]
    });
    expect(problems.map(p => [p.element, p.code, p.severity])).toEqual([['T', 'PW1007', 'error'], ['G', undefined, 'advice'], ['X', 'PW1004', 'error']]);
  });

  it('keeps the server fix and line', () => {
    expect(fromServer([{ code: 'PW1004', elementId: 'A', line: 9, message: 'm', fix: 'connect it' }]))
      .toEqual([{ code: 'PW1004', element: 'A', line: 9, message: 'm', fix: 'connect it', severity: 'error', source: 'server' }]);
  });
});

describe('every lint rule', () => {
  it('that stops publishing carries the server reader code for the same problem', async () => {
    const { lintConfig } = await import('../pathway-lint/config');
    const { lintCodeFor } = await import('./problems');
    const errors = Object.entries(lintConfig.rules).filter(([, level]) => level === 'error').map(([rule]) => rule);
    expect(errors.filter(rule => !lintCodeFor(rule))).toEqual([]);
  });
});
