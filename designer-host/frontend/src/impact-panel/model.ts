// The impact panel's pure parts: the shapes the server sends (an impact run and its stored
// report) and what the panel makes of them — progress, the counts by decision and by rule, the
// transition tables, the load per role per day and the chart of it. No DOM here, so it is tested
// without a browser.
import type { ChartSpec } from '../charts/spec';

export type RunStatus = 'Reading' | 'Replaying' | 'Finished' | 'Cancelled' | 'Failed';

export interface RuleChange { beforeRule: string; afterRule: string; cases: number }
export interface Transition { ruleSet: string; before: string; after: string; cases: number; byRule: RuleChange[]; examples: string[] }
export interface DailyLoad { day: string; role: string; team: string; before: number; after: number }
export interface ImpactReport {
  cases: number; replayed: number; changed: number; unchanged: number;
  cannotReplay: Array<{ reason: string; cases: number }>;
  transitions: Transition[];
  measures: { twoHourShareBefore: number; twoHourShareAfter: number; loadPerRoleDay: DailyLoad[] };
}
export interface StoredReport {
  id: number; kind: string; key: string; locality: string; version: number; contentHash: string;
  days: number; ranAt: string; ranBy: string; examplesShown: boolean; report: ImpactReport;
}
export interface ImpactRun {
  id: string; status: RunStatus; done: number; total?: number | null; days: number;
  reportId?: number | null; error?: string | null; report?: StoredReport | null;
}

export const ended = (run: Pick<ImpactRun, 'status'>) => run.status === 'Finished' || run.status === 'Cancelled' || run.status === 'Failed';

/** Whole percent of cases done; undefined while the journal is still being read (the bar then shows as busy). */
export function percentDone(run: Pick<ImpactRun, 'done' | 'total'>): number | undefined {
  if (run.total === undefined || run.total === null) return undefined;
  return run.total === 0 ? 100 : Math.min(100, Math.floor((run.done / run.total) * 100));
}

export function progressText(run: ImpactRun): string {
  switch (run.status) {
    case 'Reading': return 'Reading past referrals from the journal…';
    case 'Replaying': return `Replayed ${run.done.toLocaleString('en-GB')} of ${(run.total ?? 0).toLocaleString('en-GB')} past cases`;
    case 'Finished': return `Replayed all ${(run.total ?? 0).toLocaleString('en-GB')} past cases.`;
    case 'Cancelled': return 'Replay cancelled. Nothing was kept.';
    case 'Failed': return `The replay failed: ${run.error ?? 'no reason given'}.`;
  }
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** One line a designer or commissioner reads first; "no cases" said plainly rather than as an empty table. */
export function summary(report: ImpactReport, days: number): string {
  if (report.cases === 0) return `No cases in this period: no referrals were recorded in the last ${plural(days, 'day')}.`;
  const cannot = report.cases - report.replayed;
  return `${plural(report.cases, 'past case')} in the last ${plural(days, 'day')}: ${report.changed.toLocaleString('en-GB')} would be routed differently, `
    + `${report.unchanged.toLocaleString('en-GB')} would not` + (cannot > 0 ? `, ${cannot.toLocaleString('en-GB')} could not be replayed.` : '.');
}

/** How many decisions would change, per rule set (a case can change in more than one). */
export function changesByDecision(report: ImpactReport): Array<{ ruleSet: string; cases: number }> {
  const sums = new Map<string, number>();
  for (const t of report.transitions) sums.set(t.ruleSet, (sums.get(t.ruleSet) ?? 0) + t.cases);
  return [...sums].map(([ruleSet, cases]) => ({ ruleSet, cases })).sort((a, b) => b.cases - a.cases || a.ruleSet.localeCompare(b.ruleSet));
}

/** How many decisions would change, per rule that decided them before and the rule that would after. */
export function changesByRule(report: ImpactReport): Array<{ ruleSet: string; beforeRule: string; afterRule: string; cases: number }> {
  const sums = new Map<string, { ruleSet: string; beforeRule: string; afterRule: string; cases: number }>();
  for (const t of report.transitions) {
    for (const r of t.byRule) {
      const key = `${t.ruleSet}\u0000${r.beforeRule}\u0000${r.afterRule}`;
      const row = sums.get(key) ?? { ruleSet: t.ruleSet, beforeRule: r.beforeRule, afterRule: r.afterRule, cases: 0 };
      row.cases += r.cases;
      sums.set(key, row);
    }
  }
  return [...sums.values()].sort((a, b) => b.cases - a.cases || a.ruleSet.localeCompare(b.ruleSet));
}

/** The before→after transitions, grouped by rule set in the order the server sent them (largest first within each). */
export function transitionsByRuleSet(report: ImpactReport): Array<{ ruleSet: string; transitions: Transition[] }> {
  const groups: Array<{ ruleSet: string; transitions: Transition[] }> = [];
  for (const t of report.transitions) {
    const group = groups.find(g => g.ruleSet === t.ruleSet) ?? groups[groups.push({ ruleSet: t.ruleSet, transitions: [] }) - 1];
    group.transitions.push(t);
  }
  return groups;
}

/** The expected load per role per day: the mean over the days that had referrals, before and after, busiest first. */
export function loadPerRole(loads: DailyLoad[], days = new Set(loads.map(l => l.day)).size): Array<{ role: string; before: number; after: number }> {
  if (days === 0) return [];
  const sums = new Map<string, { before: number; after: number }>();
  for (const l of loads) {
    const s = sums.get(l.role) ?? { before: 0, after: 0 };
    s.before += l.before;
    s.after += l.after;
    sums.set(l.role, s);
  }
  const round = (n: number) => Math.round((n / days) * 10) / 10;
  return [...sums].map(([role, s]) => ({ role, before: round(s.before), after: round(s.after) }))
    .sort((a, b) => b.before + b.after - (a.before + a.after) || a.role.localeCompare(b.role));
}

/** The expected load per role in each team per day, as {@link loadPerRole} averages it; a case that named no team is "no team recorded". */
export function loadPerRoleAndTeam(loads: DailyLoad[]): Array<{ role: string; team: string; before: number; after: number }> {
  const teams = [...new Set(loads.map(l => l.team))].sort();
  return teams.flatMap(team => loadPerRole(loads.filter(l => l.team === team), new Set(loads.map(l => l.day)).size)
    .map(r => ({ ...r, team: team || 'no team recorded' })));
}

/**
 * The chart of daily load per role: one series per role before and one after, on every day in the period that
 * had referrals; lines over a longer period, bars over a week or less (a line of one point shows nothing).
 */
export function loadChartSpec(loads: DailyLoad[]): ChartSpec {
  const days = [...new Set(loads.map(l => l.day))].sort();
  const roles = loadPerRole(loads).map(r => r.role);
  const at = new Map(loads.map(l => [`${l.day} ${l.role}`, l]));
  return {
    type: days.length > 7 ? 'line' : 'bar',
    label: `Daily referrals per assessing role, before and after the draft, over ${plural(days.length, 'day')}`,
    labels: days,
    series: roles.flatMap(role => [
      { label: `${role} (now)`, data: days.map(d => at.get(`${d} ${role}`)?.before ?? 0) },
      { label: `${role} (draft)`, data: days.map(d => at.get(`${d} ${role}`)?.after ?? 0) }
    ])
  };
}

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The case page an example links to; only roles that may see people get example ids at all. */
export const casePage = (id: string) => `/cases/${encodeURIComponent(id)}`;
