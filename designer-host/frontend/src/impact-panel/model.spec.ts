import { describe, expect, it } from 'vitest';
import {
  changesByDecision, changesByRule, loadChartSpec, loadPerRole, loadPerRoleAndTeam, percentDone, progressText, summary, transitionsByRuleSet,
  type ImpactReport
} from './model';

const report = (over: Partial<ImpactReport> = {}): ImpactReport => ({
  cases: 5, replayed: 4, changed: 3, unchanged: 1,
  cannotReplay: [{ reason: 'no facts', cases: 1 }],
  transitions: [
    { ruleSet: 'best-placed-assessor', before: 'community-physiotherapist/2-hour', after: 'gp/routine', cases: 2,
      byRule: [{ beforeRule: 'fall', afterRule: 'fall', cases: 2 }], examples: ['a', 'b'] },
    { ruleSet: 'escalation', before: 'assessmentEscalateAfter=PT2H', after: 'assessmentEscalateAfter=P7D', cases: 2,
      byRule: [{ beforeRule: 'urgent', afterRule: 'routine', cases: 2 }], examples: [] },
    { ruleSet: 'best-placed-assessor', before: 'district-nurse/2-hour', after: 'gp/routine', cases: 1,
      byRule: [{ beforeRule: 'fall', afterRule: 'fall', cases: 1 }], examples: [] }
  ],
  measures: {
    twoHourShareBefore: 0.75, twoHourShareAfter: 0.25,
    loadPerRoleDay: [
      { day: '2026-11-01', role: 'gp', team: 'north-team', before: 0, after: 2 },
      { day: '2026-11-01', role: 'community-physiotherapist', team: 'north-team', before: 2, after: 0 },
      { day: '2026-11-02', role: 'gp', team: 'coastal-team', before: 1, after: 1 }
    ]
  },
  ...over
});

describe('impact panel model', () => {
  it('shows progress as a whole percent, and as busy while the journal is read', () => {
    expect(percentDone({ done: 1, total: 3 })).toBe(33);
    expect(percentDone({ done: 0, total: 0 })).toBe(100);
    expect(percentDone({ done: 0, total: null })).toBeUndefined();
    expect(progressText({ id: 'r', status: 'Replaying', done: 1200, total: 3000, days: 90 })).toBe('Replayed 1,200 of 3,000 past cases');
  });

  it('says plainly when the period had no cases', () => {
    expect(summary(report({ cases: 0, replayed: 0, changed: 0, unchanged: 0, cannotReplay: [], transitions: [] }), 30))
      .toBe('No cases in this period: no referrals were recorded in the last 30 days.');
    expect(summary(report(), 90)).toBe('5 past cases in the last 90 days: 3 would be routed differently, 1 would not, 1 could not be replayed.');
  });

  it('counts changed decisions by rule set and by rule', () => {
    expect(changesByDecision(report())).toEqual([
      { ruleSet: 'best-placed-assessor', cases: 3 },
      { ruleSet: 'escalation', cases: 2 }
    ]);
    expect(changesByRule(report())).toEqual([
      { ruleSet: 'best-placed-assessor', beforeRule: 'fall', afterRule: 'fall', cases: 3 },
      { ruleSet: 'escalation', beforeRule: 'urgent', afterRule: 'routine', cases: 2 }
    ]);
  });

  it('groups transitions by rule set, keeping the server order', () => {
    const groups = transitionsByRuleSet(report());
    expect(groups.map(g => [g.ruleSet, g.transitions.map(t => t.cases)])).toEqual([['best-placed-assessor', [2, 1]], ['escalation', [2]]]);
  });

  it('averages the load per role over the days that had referrals', () => {
    expect(loadPerRole(report().measures.loadPerRoleDay)).toEqual([
      { role: 'gp', before: 0.5, after: 1.5 },
      { role: 'community-physiotherapist', before: 1, after: 0 }
    ]);
    expect(loadPerRole([])).toEqual([]);
  });

  it('averages the load per role in each team over every day that had referrals', () => {
    expect(loadPerRoleAndTeam(report().measures.loadPerRoleDay)).toEqual([
      { role: 'gp', team: 'coastal-team', before: 0.5, after: 0.5 },
      { role: 'community-physiotherapist', team: 'north-team', before: 1, after: 0 },
      { role: 'gp', team: 'north-team', before: 0, after: 1 }
    ]);
  });

  it('charts each role before and after on every day, with zero where a role had none', () => {
    const spec = loadChartSpec(report().measures.loadPerRoleDay);
    expect(spec.labels).toEqual(['2026-11-01', '2026-11-02']);
    expect(spec.series).toEqual([
      { label: 'gp (now)', data: [0, 1] },
      { label: 'gp (draft)', data: [2, 1] },
      { label: 'community-physiotherapist (now)', data: [2, 0] },
      { label: 'community-physiotherapist (draft)', data: [0, 0] }
    ]);
    expect(spec.label).toContain('2 days');
    expect(spec.type).toBe('bar');
  });

  it('draws lines once the period is longer than a week', () => {
    const loads = Array.from({ length: 8 }, (_, i) => ({ day: `2026-11-0${i + 1}`, role: 'gp', team: 'north-team', before: i, after: i + 1 }));
    expect(loadChartSpec(loads).type).toBe('line');
  });
});
