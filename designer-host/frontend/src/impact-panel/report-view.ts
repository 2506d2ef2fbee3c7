// Draws a stored impact report: the summary, the counts by decision and by rule, the before→after
// transition tables with example cases (only when the server left them in), the measures, the
// chart of daily load per role and the CSV link.
import { mountChart } from '../charts';
import {
  casePage, changesByDecision, changesByRule, loadChartSpec, loadPerRoleAndTeam, percent, summary, transitionsByRuleSet,
  type StoredReport
} from './model';

type Cell = string | number | Node;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A table in a scrolling box, so a wide one scrolls on a phone without squeezing its caption. */
function table(caption: string, headers: string[], rows: Cell[][], marker: string): HTMLElement {
  const t = el('table', { className: 'nhsuk-table pw-impact-table' });
  t.dataset.impact = marker;
  t.append(el('caption', { className: 'nhsuk-table__caption nhsuk-table__caption--s', textContent: caption }));
  const head = el('thead', { className: 'nhsuk-table__head' }, el('tr', { className: 'nhsuk-table__row' },
    ...headers.map(h => el('th', { className: 'nhsuk-table__header', scope: 'col', textContent: h }))));
  const body = el('tbody', { className: 'nhsuk-table__body' }, ...rows.map(r => el('tr', { className: 'nhsuk-table__row' },
    ...r.map(c => el('td', { className: 'nhsuk-table__cell' }, c instanceof Node ? c : String(c))))));
  t.append(head, body);
  return el('div', { className: 'pw-impact-scroll' }, t);
}

function examples(ids: string[], shown: boolean): Node {
  if (!shown) return document.createTextNode('Counts only');
  if (ids.length === 0) return document.createTextNode('None');
  const list = el('ul', { className: 'nhsuk-list pw-inline-list' });
  ids.forEach((id, i) => list.append(el('li', {}, el('a', { href: casePage(id), textContent: `case ${i + 1}`, title: id }))));
  return list;
}

/** Draws the report; `onItsOwnPage` leaves out the link to the page the reader is already on. */
export function renderReport(target: HTMLElement, stored: StoredReport, onItsOwnPage = false): void {
  const { report } = stored;
  const when = new Date(stored.ranAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const parts: Node[] = [
    el('p', { className: 'nhsuk-body-s pw-impact-provenance', textContent: `Replay of version ${stored.version} (${stored.locality}) run ${when} by ${stored.ranBy}, report ${stored.id}.` }),
    el('p', { className: 'nhsuk-body-l pw-impact-summary', textContent: summary(report, stored.days) })
  ];
  if (report.cannotReplay.length > 0)
    parts.push(table('Cases that could not be replayed', ['Reason', 'Cases'], report.cannotReplay.map(c => [c.reason, c.cases]), 'cannot-replay'));
  if (report.cases > 0) {
    const byDecision = changesByDecision(report);
    parts.push(byDecision.length === 0
      ? el('p', { textContent: 'No decision would change.' })
      : table('Decisions that would change, by rule set', ['Rule set', 'Cases'], byDecision.map(d => [d.ruleSet, d.cases]), 'by-decision'));
    const byRule = changesByRule(report);
    if (byRule.length > 0)
      parts.push(table('Decisions that would change, by rule', ['Rule set', 'Rule now', 'Rule in the draft', 'Cases'],
        byRule.map(r => [r.ruleSet, r.beforeRule, r.afterRule, r.cases]), 'by-rule'));
    for (const group of transitionsByRuleSet(report)) {
      parts.push(table(`${group.ruleSet}: now → with the draft`, ['Now', 'With the draft', 'Cases', 'Examples'],
        group.transitions.map(t => [t.before, t.after, t.cases, examples(t.examples, stored.examplesShown)]), 'transitions'));
    }
    parts.push(...measures(stored));
  }
  const csv = el('a', { className: 'nhsuk-link', href: `/api/impact-reports/${stored.id}?format=csv`, textContent: 'Download this report as CSV' });
  csv.dataset.impactCsv = '';
  const page = el('a', { className: 'nhsuk-link', href: `/impact/${stored.id}`, textContent: 'Open this report on its own page (to share with commissioners)' });
  parts.push(el('p', {}, csv));
  if (!onItsOwnPage) parts.push(el('p', {}, page));
  target.replaceChildren(...parts);
  target.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]').forEach(mountChart);
}

function measures(stored: StoredReport): Node[] {
  const m = stored.report.measures;
  const share = table('Share of community referrals given the 2-hour standard', ['Now', 'With the draft'],
    [[percent(m.twoHourShareBefore), percent(m.twoHourShareAfter)]], 'two-hour-share');
  const perRole = loadPerRoleAndTeam(m.loadPerRoleDay);
  const load = table('Expected referrals per assessing role and team per day', ['Role', 'Team', 'Now', 'With the draft', 'Change'],
    perRole.map(r => [r.role, r.team, r.before, r.after, `${r.after - r.before >= 0 ? '+' : ''}${Math.round((r.after - r.before) * 10) / 10}`]), 'load');
  const nodes: Node[] = [el('h3', { className: 'nhsuk-heading-s', textContent: 'Effect on the measures' }), share, load];
  if (perRole.length > 0) {
    const canvas = el('canvas', { width: 900, height: 320 });
    canvas.dataset.chart = JSON.stringify(loadChartSpec(m.loadPerRoleDay));
    canvas.dataset.impactChart = '';
    nodes.push(el('div', { className: 'pw-impact-chart' }, canvas));
  }
  return nodes;
}
