import { describe, expect, it } from 'vitest';
import { describeProblem, gutter, lineAt, lineCount, lineRange, readProblems, scenarioTitle, summariseRun } from './lines';

const feature = 'Feature: Trial\n  Scenario: Falls\n    Given a referral to the national service\n    Then the moon is made of cheese\n';

describe('lines', () => {
  it('counts an empty last line, where the caret can sit', () => {
    expect(lineCount(feature)).toBe(5);
    expect(lineCount('')).toBe(1);
  });

  it('finds the line of an offset', () => {
    expect(lineAt(feature, 0)).toBe(1);
    expect(lineAt(feature, feature.indexOf('Then'))).toBe(4);
    expect(lineAt(feature, 10_000)).toBe(5);
  });

  it('finds where a line starts and ends, clamping a line past the end', () => {
    const { start, end } = lineRange(feature, 4);
    expect(feature.slice(start, end)).toBe('    Then the moon is made of cheese');
    expect(lineRange(feature, 99)).toEqual({ start: feature.length, end: feature.length });
    expect(lineRange(feature, 0).start).toBe(0);
  });

  it('marks each problem on its line in the gutter', () => {
    const rows = gutter(feature, [{ line: 4, code: 'PW5002', message: 'no step definition matches' }, { message: 'no line' }]);
    expect(rows).toHaveLength(5);
    expect(rows[3].problems.map(p => p.code)).toEqual(['PW5002']);
    expect(rows.filter(r => r.problems.length > 0).map(r => r.line)).toEqual([4]);
  });
});

describe('problems from the server', () => {
  it('reads the check list, ordered by line, the step under element', () => {
    const problems = readProblems([
      { code: 'PW5002', element: 'the moon is made of cheese', line: 9, message: 'no step definition matches', fix: 'use a known step' },
      { code: 'PW5001', line: 2, message: 'expected: #Feature' }
    ]);
    expect(problems.map(p => p.line)).toEqual([2, 9]);
    expect(problems[1]).toEqual({ code: 'PW5002', line: 9, step: 'the moon is made of cheese', message: 'no step definition matches', fix: 'use a known step' });
  });

  it('reads a saved draft or a refusal by its problems, and nothing from anything else', () => {
    expect(readProblems({ version: 2, problems: [{ code: 'PW5001', line: 3, message: 'bad' }] })).toHaveLength(1);
    expect(readProblems({ title: 'Bad' })).toEqual([]);
    expect(readProblems(undefined)).toEqual([]);
  });

  it('says a problem as a sentence with its line, code and fix', () => {
    expect(describeProblem({ line: 4, code: 'PW5002', message: "no step definition matches 'Then x'", fix: 'use a known step' }))
      .toBe("Line 4: PW5002 no step definition matches 'Then x'. Fix: use a known step");
    expect(describeProblem({ message: 'the file has no Feature' })).toBe('the file has no Feature');
  });
});

describe('a draft run', () => {
  it('names a scenario with its example row', () => {
    expect(scenarioTitle({ feature: 'F', scenario: 'Falls', example: { need: 'a fall' }, passed: true })).toBe('Falls [need: a fall]');
    expect(scenarioTitle({ feature: 'F', scenario: 'Falls', passed: true })).toBe('Falls');
  });

  it('sums up passes and failures', () => {
    const pass = { feature: 'F', scenario: 'A', passed: true };
    expect(summariseRun([pass, pass])).toBe('All 2 scenarios pass against the published definitions.');
    expect(summariseRun([pass, { ...pass, passed: false }])).toBe('1 of 2 scenarios fail against the published definitions.');
    expect(summariseRun([])).toBe('The draft has no scenarios to run.');
  });
});
