// Entry "rules-bench": the rules page. The rule set is edited as a table (one row per rule), with
// the JSON as an advanced view of the same thing; conditions are checked as they are typed, here
// and (a moment later) by the server's own validator; a draft can be tried on a sample referral
// before it is saved; then saved and published. Mounts on [data-rules-bench data-name data-locality].
import './rules-bench.css';

import { api } from '../shared/api';
import { promptForReason, publishThroughGate, renderFailures } from '../publish-gate';
import { draftSaved, shownImpactReport } from '../impact-panel/shown';
import { checkDraft, describeRuleError, ruleErrorsFrom, type RuleError } from './check';
import { readTable, writeTable, type Vocabulary } from './model';
import { RulesTable } from './table';

const q = encodeURIComponent;

async function send(url: string, init: RequestInit): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin', ...init, headers: { Accept: 'application/json', ...(init.headers ?? {}) } });
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json().catch(() => undefined) : await response.text().catch(() => undefined);
  if (!response.ok) throw ruleErrorsFrom(body ?? { title: `${response.status} ${response.statusText}` });
  return body;
}

function list(target: HTMLElement, items: string[]): void {
  target.replaceChildren(...items.map(text => Object.assign(document.createElement('li'), { textContent: text })));
}

function say(status: HTMLElement, text: string, kind: 'error' | 'success' | 'info'): void {
  status.textContent = text;
  status.dataset.kind = kind;
}

/** The problems a saved draft still has (the draft contract's `problems`, with the rule under `element`). */
function draftProblems(body: unknown): RuleError[] {
  const problems = (body as { problems?: unknown } | undefined)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.filter(p => p && typeof p === 'object').map(p => {
    const r = p as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return { code: text(r.code), rule: text(r.element) ?? text(r.rule), message: [text(r.message), text(r.fix)].filter(Boolean).join(' ') || 'Unknown problem' };
  });
}

const byRule = (errors: RuleError[]) => {
  const map = new Map<string, string[]>();
  for (const e of errors) if (e.rule) map.set(e.rule, [...(map.get(e.rule) ?? []), `${e.code ? `${e.code}: ` : ''}${e.message}`]);
  return map;
};

export function mountRulesBench(root: HTMLElement): void {
  const { name = '', locality = 'national' } = root.dataset;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector(selector) as T;
  const editor = $<HTMLTextAreaElement>('[data-bench-json]');
  const check = $<HTMLElement>('[data-bench-check]');
  const problems = $<HTMLElement>('[data-bench-problems]');
  const status = $<HTMLElement>('[data-bench-status]');
  const sample = $<HTMLTextAreaElement>('[data-bench-sample]');
  const result = $<HTMLElement>('[data-bench-result]');
  const vocabulary = JSON.parse($<HTMLElement>('[data-bench-vocabulary]').textContent ?? '{}') as Vocabulary;
  let dirty = false;
  // The gate's refusal shows under the status line; the page need not provide a place for it.
  const gate = Object.assign(document.createElement('section'), { hidden: true });
  gate.dataset.publishGate = '';
  status.after(gate);

  const recheckJson = () => {
    const found = checkDraft(editor.value);
    editor.setAttribute('aria-invalid', String(found.length > 0));
    say(check, found.length === 0 ? 'The JSON is well formed and matches the RulesEngine workflow schema.' : found
      .map(p => `${p.line ? `Line ${p.line}, column ${p.column}: ` : p.path ? `${p.path}: ` : ''}${p.message}`).join(' '), found.length === 0 ? 'success' : 'error');
    return found.length === 0;
  };

  const table = new RulesTable($<HTMLTableSectionElement>('[data-bench-rows]'), readTable(editor.value), vocabulary, () => {
    editor.value = writeTable(table.rules);
    recheckJson();
    changed();
  });
  recheckJson();

  // The role pickers show names once the configured roles arrive; the ids work without them.
  void api.roles().then(roles => {
    const names = new Map(roles.map(r => [r.id, r.name]));
    vocabulary.roles = vocabulary.roles.map(r => ({ id: r.id, name: names.get(r.id) ?? r.id }));
    table.render();
  }).catch(() => undefined);

  // The server's validator runs on the unsaved rule set shortly after each change.
  let serverCheck: number | undefined;
  const changed = () => {
    dirty = true;
    window.clearTimeout(serverCheck);
    serverCheck = window.setTimeout(() => void checkOnServer(), 700);
  };
  async function checkOnServer(): Promise<void> {
    let ruleSet: unknown;
    try {
      ruleSet = JSON.parse(editor.value);
    } catch {
      return; // the JSON check already says what is wrong
    }
    try {
      await send(`/api/rules/${q(name)}/evaluate/unsaved?locality=${q(locality)}`,
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ruleSet, referral: sampleReferral() ?? {} }) });
      showProblems([]);
    } catch (failure) {
      // Only the validator's findings (PW30xx) are about the rules; a sample no rule matches is not.
      const errors = ((failure as { errors?: RuleError[] }).errors ?? []).filter(e => e.code?.startsWith('PW30'));
      showProblems(errors);
    }
  }

  const showProblems = (errors: RuleError[]) => {
    table.showServerProblems(byRule(errors));
    list(problems, errors.map(describeRuleError));
  };

  let pending: number | undefined;
  editor.addEventListener('input', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => {
      if (!recheckJson()) return;
      try {
        table.load(readTable(editor.value));
        changed();
      } catch (error) {
        say(check, `${(error as Error).message} The table shows the last rule set that could be read.`, 'error');
      }
    }, 300);
  });

  window.addEventListener('beforeunload', event => {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = '';
  });

  root.addEventListener('click', async event => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-bench-action]');
    if (!button) return;
    if (button.dataset.benchAction === 'add-rule') return table.addRule();
    button.disabled = true;
    try {
      switch (button.dataset.benchAction) {
        case 'save': {
          if (!recheckJson()) return say(status, 'Fix the JSON problems listed before saving.', 'error');
          const saved = await send(`/api/rules/${q(name)}/draft?locality=${q(locality)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: editor.value });
          dirty = false;
          draftSaved();
          const left = draftProblems(saved);
          showProblems(left);
          say(status, left.length === 0 ? 'Draft saved: the server accepted every rule.' : `Draft saved. Fix the ${left.length} ${left.length === 1 ? 'problem' : 'problems'} listed before publishing.`, 'success');
          break;
        }
        case 'publish': {
          if (dirty) return say(status, 'Save the draft first: publishing takes the saved draft, not the table on the screen.', 'error');
          const outcome = await publishThroughGate(`/api/rules/${q(name)}/publish?locality=${q(locality)}`, failures => {
            renderFailures(gate, failures);
            return promptForReason(failures);
          }, shownImpactReport());
          if (outcome.kind !== 'published')
            return say(status, outcome.kind === 'refused' ? 'Not published: the policy scenarios listed fail.' : `Not published: ${outcome.detail}`, 'error');
          say(status, `Published as version ${outcome.version}: new cases use it from now.`, 'success');
          window.setTimeout(() => window.location.reload(), 800);
          break;
        }
        case 'evaluate':
          await evaluate();
          break;
      }
    } catch (failure) {
      const { title, errors } = (failure && typeof failure === 'object' && 'errors' in failure)
        ? failure as { title: string; errors: RuleError[] }
        : { title: String(failure), errors: [] };
      say(status, title, 'error');
      showProblems(errors);
    } finally {
      button.disabled = false;
    }
  });

  function sampleReferral(): Record<string, unknown> | undefined {
    try {
      const value = JSON.parse(sample.value) as unknown;
      return value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
    } catch {
      return undefined;
    }
  }

  async function evaluate(): Promise<void> {
    const referral = sampleReferral();
    if (!referral) {
      result.replaceChildren(Object.assign(document.createElement('p'), { className: 'nhsuk-error-message', textContent: 'The sample referral is not a JSON object of case variables.' }));
      return;
    }
    const source = root.querySelector<HTMLInputElement>('input[name="bench-source"]:checked')?.value ?? 'unsaved';
    try {
      const decision = source === 'unsaved'
        ? await send(`/api/rules/${q(name)}/evaluate/unsaved?locality=${q(locality)}`,
          { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ruleSet: JSON.parse(editor.value), referral }) })
        : await send(`/api/rules/${q(name)}/evaluate?locality=${q(locality)}&draft=${source === 'draft'}`,
          { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(referral) });
      renderDecision(result, decision as Record<string, unknown>, source);
    } catch (failure) {
      const { title, errors } = (failure && typeof failure === 'object' && 'errors' in failure)
        ? failure as { title: string; errors: RuleError[] }
        : { title: String(failure), errors: [] };
      result.replaceChildren(Object.assign(document.createElement('p'), { className: 'nhsuk-error-message', textContent: [title, ...errors.map(describeRuleError)].join(' — ') }));
    }
  }
}

function renderDecision(target: HTMLElement, decision: Record<string, unknown>, source: string): void {
  const outputs = Object.entries((decision.outputs ?? {}) as Record<string, unknown>).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  const inputs = Object.entries((decision.inputs ?? {}) as Record<string, unknown>).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  const rows: Array<[string, string]> = [
    ['Rule that fired', String(decision.ruleName ?? '')],
    ['What it means', String(decision.description ?? '')],
    ['Rules tried', source === 'unsaved' ? 'The table above, not saved yet' : `${decision.ruleSetName} v${decision.version} (${decision.appliedFrom})`],
    ['Outputs', outputs],
    ['Facts it read', inputs]
  ];
  const dl = document.createElement('dl');
  dl.className = 'nhsuk-summary-list';
  dl.dataset.benchDecision = String(decision.ruleName ?? '');
  for (const [key, value] of rows) {
    const row = document.createElement('div');
    row.className = 'nhsuk-summary-list__row';
    row.append(
      Object.assign(document.createElement('dt'), { className: 'nhsuk-summary-list__key', textContent: key }),
      Object.assign(document.createElement('dd'), { className: 'nhsuk-summary-list__value pw-pre', textContent: value }));
    dl.append(row);
  }
  target.replaceChildren(dl);
}

document.querySelectorAll<HTMLElement>('[data-rules-bench]').forEach(mountRulesBench);
