import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addClause, checkCondition, clause, moveRow, newRow, outputKind, readTable, writeTable, type Fact } from './model';

const shipped = readFileSync(resolve(import.meta.dirname, '../../../../rules/national/best-placed-assessor.json'), 'utf8');
const facts: Fact[] = [
  { name: 'news2Score', type: 'number' }, { name: 'endOfLife', type: 'boolean' }, { name: 'setting', type: 'text' },
  { name: 'sepsisSuspected', type: 'boolean' }, { name: 'age', type: 'number' }
];

describe('a rule set as a table', () => {
  it('reads and writes the shipped rule set without losing anything', () => {
    // given the national best-placed-assessor rule set
    const table = readTable(shipped);

    // when it is written back unchanged
    const written = writeTable(table);

    // then it means the same JSON
    expect(JSON.parse(written)).toEqual(JSON.parse(shipped));
    expect(table.rows[0]).toMatchObject({ name: 'emergency-news2', condition: 'referral.news2Score >= 7 && !referral.endOfLife' });
  });

  it('keeps SuccessEvent following an edited description and moves rows', () => {
    const table = readTable(shipped);
    table.rows[0].description = 'NEWS2 of 7 or more: call 999.';
    table.rows = moveRow(table.rows, 0, 2);
    table.rows.push(newRow(table.rows));

    const rules = (JSON.parse(writeTable(table)) as { Rules: Array<Record<string, any>> }).Rules;

    expect(rules[2].RuleName).toBe('emergency-news2');
    expect(rules[2].SuccessEvent).toBe('NEWS2 of 7 or more: call 999.');
    expect(rules[2].Properties.redFlag).toBe(true);
    expect(rules.at(-1)).toMatchObject({ RuleName: `new-rule-${rules.length}`, Expression: '' });
    expect(Object.keys(rules.at(-1)!.Properties.outputs)).toEqual(Object.keys(rules[0].Properties.outputs));
  });

  it('says so when the JSON is not a workflow', () => {
    expect(() => readTable('{"Rules": 3}')).toThrow('not a RulesEngine workflow');
  });
});

describe('checking a condition as it is typed', () => {
  it('accepts a condition over known facts', () => {
    expect(checkCondition('referral.news2Score >= 7 && !referral.endOfLife', facts)).toEqual([]);
    expect(checkCondition('referral.setting == "care-home (nursing)"', facts)).toEqual([]);
  });

  it('names an unknown fact and the nearest known one', () => {
    expect(checkCondition('referral.news2score >= 7 && referral.sepsisSuspectd', facts))
      .toEqual([{ message: '"sepsisSuspectd" is not a known fact; did you mean sepsisSuspected?' }]);
  });

  it('finds unclosed brackets and quotes, a single =, and a dangling &&', () => {
    expect(checkCondition('(referral.age > 65', facts).map(p => p.message)).toEqual(['1 bracket is not closed: add ).']);
    expect(checkCondition('referral.setting == "home', facts).map(p => p.message)).toContain('A quoted text is not closed: add the closing ".');
    expect(checkCondition('referral.age = 65', facts).map(p => p.message)).toEqual(['Use == to compare (a single = sets a value).']);
    expect(checkCondition('referral.endOfLife &&', facts).map(p => p.message)).toEqual(['The condition starts or ends with && or ||: finish it.']);
    expect(checkCondition('  ', facts)).toHaveLength(1);
  });
});

describe('building a condition from facts', () => {
  it('writes each kind of clause', () => {
    expect(clause(facts[0], '>=', '7')).toBe('referral.news2Score >= 7');
    expect(clause(facts[1], 'is false', '')).toBe('!referral.endOfLife');
    expect(clause(facts[2], '==', 'care-home')).toBe('referral.setting == "care-home"');
  });

  it('joins clauses with and, bracketing an or', () => {
    expect(addClause('', 'referral.age >= 65')).toBe('referral.age >= 65');
    expect(addClause('referral.a || referral.b', 'referral.c')).toBe('(referral.a || referral.b) && referral.c');
  });

  it('picks the picker for an output by its name, as the server validates it', () => {
    expect([outputKind('assessorRole', 'gp'), outputKind('responseStandard', '2-hour'), outputKind('responseWindow', 'PT2H'),
      outputKind('outsideCommunityCare', false), outputKind('mdtPriority', 2), outputKind('outsideReason', null)])
      .toEqual(['role', 'standard', 'duration', 'boolean', 'number', 'text']);
  });
});
