// Entry "spec-editor": the policy specs page. A feature file in a textarea with a line-number
// gutter; a moment after each change the server checks it (Gherkin syntax, steps the policy
// library does not know) and each problem shows on its line and in a list that moves the caret
// there. A designer saves a draft, runs it against the published definitions and publishes it
// through the policy gate; a commissioner reads and runs. Mounts on [data-spec-editor].
import './spec-editor.css';

import { promptForReason, publishThroughGate, renderFailures } from '../publish-gate';
import { describeProblem, gutter, lineRange, readProblems, scenarioTitle, summariseRun, type ScenarioResult, type SpecProblem } from './lines';

const q = encodeURIComponent;
const CHECK_DELAY_MS = 500;

async function call(url: string, init: RequestInit = {}): Promise<{ ok: boolean; status: number; body: unknown }> {
  const response = await fetch(url, { credentials: 'same-origin', ...init, headers: { Accept: 'application/json', ...(init.headers ?? {}) } });
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json().catch(() => undefined) : await response.text().catch(() => undefined);
  return { ok: response.ok, status: response.status, body };
}

const detailOf = (body: unknown, status: number) => {
  const p = (body ?? {}) as { code?: unknown; title?: unknown; detail?: unknown };
  return [p.code, p.detail ?? p.title ?? `HTTP ${status}`].filter(Boolean).join(' ');
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function mountSpecEditor(root: HTMLElement): void {
  const { key = '', locality = 'national' } = root.dataset;
  const canEdit = root.dataset.canEdit === 'true';
  let draftVersion = root.dataset.draftVersion ? Number(root.dataset.draftVersion) : undefined;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector(selector) as T;
  const text = $<HTMLTextAreaElement>('[data-spec-text]');
  const gutterView = $<HTMLElement>('[data-spec-gutter]');
  const check = $<HTMLElement>('[data-spec-check]');
  const list = $<HTMLElement>('[data-spec-problems]');
  const status = $<HTMLElement>('[data-spec-status]');
  const gate = $<HTMLElement>('[data-spec-gate]');
  const run = $<HTMLElement>('[data-spec-run]');
  let problems: SpecProblem[] = readProblems(JSON.parse($<HTMLElement>('[data-spec-saved-problems]').textContent || '[]'));
  let dirty = false;

  const say = (message: string, kind: 'error' | 'success' | 'info') => {
    status.textContent = message;
    status.dataset.kind = kind;
  };

  const goToLine = (line: number) => {
    const { start, end } = lineRange(text.value, line);
    text.focus();
    text.setSelectionRange(start, end);
    // Put the line in view: the textarea's line height times the lines above it.
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
    text.scrollTop = Math.max(0, (line - 3) * lineHeight);
    syncScroll();
  };

  const render = () => {
    gutterView.replaceChildren(...gutter(text.value, problems).map(row => row.problems.length > 0
      ? element('span', { className: 'pw-spec-gutter__line pw-spec-gutter__line--problem', title: row.problems.map(describeProblem).join('\n') }, `! ${row.line}\n`)
      : element('span', { className: 'pw-spec-gutter__line' }, `${row.line}\n`)));
    text.setAttribute('aria-invalid', String(problems.length > 0));
    check.textContent = problems.length === 0
      ? 'No problems: the Gherkin reads and every step is one the policy library knows.'
      : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the feature file`;
    check.dataset.kind = problems.length === 0 ? 'success' : 'error';
    list.replaceChildren(...problems.map(p => {
      const item = element('li');
      item.dataset.line = String(p.line ?? '');
      item.dataset.code = p.code ?? '';
      if (p.line) {
        const link = element('a', { href: '#spec-text', textContent: describeProblem(p) });
        link.addEventListener('click', event => {
          event.preventDefault();
          goToLine(p.line!);
        });
        item.append(link);
      } else {
        item.textContent = describeProblem(p);
      }
      return item;
    }));
    syncScroll();
  };

  const syncScroll = () => { gutterView.scrollTop = text.scrollTop; };
  text.addEventListener('scroll', syncScroll);

  // The server's check on the text as it stands; an older answer arriving late is dropped.
  let asked = 0;
  const checkNow = async () => {
    const mine = ++asked;
    const answer = await call('/api/specs/check', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: text.value }).catch(() => undefined);
    if (mine !== asked || !answer) return;
    if (answer.ok) problems = readProblems(answer.body);
    else say(`The check could not run: ${detailOf(answer.body, answer.status)}`, 'error');
    render();
  };

  let pending: number | undefined;
  text.addEventListener('input', () => {
    dirty = true;
    render();
    window.clearTimeout(pending);
    pending = window.setTimeout(() => void checkNow(), CHECK_DELAY_MS);
  });
  window.addEventListener('beforeunload', event => {
    if (!dirty || !canEdit) return;
    event.preventDefault();
    event.returnValue = '';
  });

  render();
  void checkNow();
  void loadSteps($<HTMLElement>('[data-spec-step-list]'));

  const draftUrl = (action: string) => `/api/specs/${q(key)}/${action}?locality=${q(locality)}`;

  const save = async (): Promise<boolean> => {
    const answer = await call(draftUrl('draft'), { method: 'PUT', headers: { 'Content-Type': 'text/plain' }, body: text.value });
    problems = readProblems(answer.body);
    render();
    if (!answer.ok) {
      say(`Not saved: ${detailOf(answer.body, answer.status)}`, 'error');
      return false;
    }
    dirty = false;
    draftVersion = Number((answer.body as { version?: unknown }).version) || draftVersion;
    const note = root.querySelector<HTMLElement>('[data-spec-draft-note]');
    if (note) note.textContent = `The editor shows the locality's draft, version ${draftVersion}, saved just now.`;
    say(problems.length === 0
      ? `Draft version ${draftVersion} saved.`
      : `Draft version ${draftVersion} saved. Fix the ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} listed before publishing.`, 'success');
    return true;
  };

  const runDraft = async () => {
    if (dirty) return say('Save the draft first: the run uses the saved draft, not the text on the screen.', 'error');
    say('Running the draft against the published definitions…', 'info');
    const answer = await call(draftUrl('run'), { method: 'POST' });
    if (!answer.ok) return say(`Not run: ${detailOf(answer.body, answer.status)}`, 'error');
    const results = ((answer.body as { scenarios?: ScenarioResult[] }).scenarios) ?? [];
    const summary = summariseRun(results);
    say(summary, results.every(r => r.passed) ? 'success' : 'error');
    renderRun(run, results, summary);
  };

  const publish = async () => {
    if (dirty) return say('Save the draft first: publishing takes the saved draft, not the text on the screen.', 'error');
    gate.hidden = true;
    say('Publishing: running every spec that applies first…', 'info');
    const version = draftVersion ? `&expectedVersion=${draftVersion}` : '';
    const outcome = await publishThroughGate(draftUrl('publish') + version, failures => {
      renderFailures(gate, failures);
      return promptForReason(failures);
    });
    if (outcome.kind !== 'published')
      return say(outcome.kind === 'refused' ? 'Not published: the policy scenarios listed fail.' : `Not published: ${outcome.detail}`, 'error');
    say(`Published as version ${outcome.version}: the Policy page now shows it, with its results.`, 'success');
    window.setTimeout(() => window.location.reload(), 1200);
  };

  root.addEventListener('click', async event => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-spec-action]');
    if (!button) return;
    button.disabled = true;
    try {
      switch (button.dataset.specAction) {
        case 'save': await save(); break;
        case 'run': await runDraft(); break;
        case 'publish': await publish(); break;
      }
    } catch (failure) {
      say(failure instanceof Error ? failure.message : String(failure), 'error');
    } finally {
      button.disabled = false;
    }
  });
}

function renderRun(target: HTMLElement, results: ScenarioResult[], summary: string): void {
  const header = element('tr', { className: 'nhsuk-table__row' },
    ...['Scenario', 'Result', 'Step that failed', 'Expected against what happened'].map(h => element('th', { className: 'nhsuk-table__header', scope: 'col', textContent: h })));
  const rows = results.map(r => {
    const row = element('tr', { className: 'nhsuk-table__row' },
      element('td', { className: 'nhsuk-table__cell', textContent: scenarioTitle(r) }),
      element('td', { className: 'nhsuk-table__cell' }, element('strong', { className: `nhsuk-tag ${r.passed ? 'nhsuk-tag--green' : 'nhsuk-tag--red'}`, textContent: r.passed ? 'Passed' : 'Failed' })),
      element('td', { className: 'nhsuk-table__cell', textContent: r.failedStep ?? '' }),
      element('td', { className: 'nhsuk-table__cell', textContent: r.message ?? '' }));
    row.dataset.passed = String(r.passed);
    return row;
  });
  const table = element('table', { className: 'nhsuk-table' },
    element('caption', { className: 'nhsuk-table__caption', textContent: `The saved draft against the published definitions: ${summary}` }),
    element('thead', { className: 'nhsuk-table__head' }, header),
    element('tbody', { className: 'nhsuk-table__body' }, ...rows));
  table.dataset.specRunResults = '';
  target.replaceChildren(table);
}

async function loadSteps(target: HTMLElement): Promise<void> {
  const answer = await call('/api/specs/steps').catch(() => undefined);
  if (!answer?.ok || !Array.isArray(answer.body)) return;
  target.replaceChildren(...(answer.body as Array<{ keyword: string; pattern: string }>).map(s =>
    element('li', {}, element('strong', { textContent: s.keyword }), ' ', element('code', { textContent: s.pattern }))));
}

document.querySelectorAll<HTMLElement>('[data-spec-editor]').forEach(mountSpecEditor);
