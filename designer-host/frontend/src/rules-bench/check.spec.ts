import { describe, expect, it } from 'vitest';
import { checkDraft, describeRuleError, lineAndColumn, ruleErrorsFrom } from './check';

const valid = JSON.stringify({
  WorkflowName: 'mdt-selection',
  Rules: [{ RuleName: 'frailty', Expression: 'referral.clinicalFrailtyScale >= 5', Properties: { description: 'Frailty' } }]
}, null, 2);

describe('checkDraft', () => {
  it('accepts a well-formed workflow', () => {
    expect(checkDraft(valid)).toEqual([]);
  });

  it('accepts an array of workflows, as RulesEngine files are', () => {
    expect(checkDraft(`[${valid}]`)).toEqual([]);
  });

  it('reports a syntax error with its line', () => {
    // given a missing comma on line 3
    const text = '{\n  "WorkflowName": "x"\n  "Rules": []\n}';

    // when
    const [problem, ...rest] = checkDraft(text);

    // then
    expect(rest).toEqual([]);
    expect(problem.message).toMatch(/^JSON syntax/);
    expect(problem.line).toBe(3);
  });

  it('reports a leaf rule without an Expression by its path', () => {
    const text = JSON.stringify({ WorkflowName: 'x', Rules: [{ RuleName: 'no-expression' }] });

    const problems = checkDraft(text);

    expect(problems.map(p => p.path)).toContain('Rules[0]');
    expect(problems.some(p => /Expression/.test(p.message))).toBe(true);
  });

  it('reports a wrongly typed field', () => {
    const problems = checkDraft(JSON.stringify({ WorkflowName: 'x', Rules: [{ RuleName: 'r', Expression: 'true', Enabled: 'yes' }] }));

    expect(problems.some(p => p.path === 'Rules[0].Enabled' || /boolean/.test(p.message))).toBe(true);
  });

  it('says an empty editor is empty', () => {
    expect(checkDraft('  ')).toEqual([{ message: 'The rule set is empty' }]);
  });
});

describe('lineAndColumn', () => {
  it('counts from one', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('ruleErrorsFrom', () => {
  it('reads the server validator errors by rule and expression', () => {
    const body = {
      title: 'The rule set is not valid',
      errors: [{ code: 'PW3002', ruleSet: 'mdt-selection', rule: 'frailty', expression: 'referral.frail >', message: 'the expression does not compile' }]
    };

    const { title, errors } = ruleErrorsFrom(body);

    expect(title).toBe('The rule set is not valid');
    expect(errors[0]).toMatchObject({ code: 'PW3002', rule: 'frailty', expression: 'referral.frail >' });
    expect(describeRuleError(errors[0])).toBe("PW3002 in rule 'frailty': the expression does not compile");
  });

  it('falls back to the detail when there is no error list', () => {
    expect(ruleErrorsFrom({ title: 'Conflict', detail: 'no draft to publish' }).errors).toEqual([{ message: 'no draft to publish' }]);
    expect(ruleErrorsFrom({ title: 'Not found', detail: 'no draft', code: 'PW4648' }).errors).toEqual([{ code: 'PW4648', message: 'no draft' }]);
  });
});
