// Entry "rules-bench": the rules page's JSON editor. Checks the draft live (syntax, then the
// RulesEngine schema), saves it to the server and lists the server's errors by rule, tries it
// on a sample referral, and publishes. Mounts on [data-rules-bench data-name data-locality].
import './rules-bench.css';

import { promptForReason, publishThroughGate, renderFailures } from '../publish-gate';
import { checkDraft, describeRuleError, lineAndColumn, ruleErrorsFrom, type RuleError } from './check';

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

export function mountRulesBench(root: HTMLElement): void {
  const { name = '', locality = 'national' } = root.dataset;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector(selector) as T;
  const editor = $<HTMLTextAreaElement>('[data-bench-json]');
  const check = $<HTMLElement>('[data-bench-check]');
  const problems = $<HTMLElement>('[data-bench-problems]');
  const status = $<HTMLElement>('[data-bench-status]');
  const sample = $<HTMLTextAreaElement>('[data-bench-sample]');
  const result = $<HTMLElement>('[data-bench-result]');
  // The gate's refusal shows under the status line; the page need not provide a place for it.
  const gate = Object.assign(document.createElement('section'), { hidden: true });
  gate.dataset.publishGate = '';
  status.after(gate);

  const recheck = () => {
    const found = checkDraft(editor.value);
    editor.setAttribute('aria-invalid', String(found.length > 0));
    say(check, found.length === 0 ? 'The JSON is well formed and matches the RulesEngine workflow schema.' : `${found.length} ${found.length === 1 ? 'problem' : 'problems'} in the JSON`, found.length === 0 ? 'success' : 'error');
    list(problems, found.map(p => `${p.line ? `Line ${p.line}, column ${p.column}: ` : p.path ? `${p.path}: ` : ''}${p.message}`));
    return found.length === 0;
  };
  let pending: number | undefined;
  editor.addEventListener('input', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(recheck, 250);
  });
  recheck();

  const showServerErrors = (failure: unknown) => {
    const { title, errors } = (failure && typeof failure === 'object' && 'errors' in failure)
      ? failure as { title: string; errors: RuleError[] }
      : { title: String(failure), errors: [] };
    say(status, title, 'error');
    list(problems, errors.map(describeRuleError));
    // Take the cursor to the first expression the server could not compile.
    const expression = errors.find(e => e.expression)?.expression;
    const at = expression ? editor.value.indexOf(expression) : -1;
    if (at >= 0) {
      editor.focus();
      editor.setSelectionRange(at, at + expression!.length);
      const { line } = lineAndColumn(editor.value, at);
      say(status, `${title} (first at line ${line})`, 'error');
    }
  };

  root.addEventListener('click', async event => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-bench-action]');
    if (!button) return;
    button.disabled = true;
    try {
      switch (button.dataset.benchAction) {
        case 'save':
          if (!recheck()) return say(status, 'Fix the problems listed before saving.', 'error');
          await send(`/api/rules/${q(name)}/draft?locality=${q(locality)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: editor.value });
          say(status, 'Draft saved: the server accepted every rule.', 'success');
          break;
        case 'publish': {
          const outcome = await publishThroughGate(`/api/rules/${q(name)}/publish?locality=${q(locality)}`, failures => {
            renderFailures(gate, failures);
            return promptForReason(failures);
          });
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
      showServerErrors(failure);
    } finally {
      button.disabled = false;
    }
  });

  async function evaluate(): Promise<void> {
    let referral: unknown;
    try {
      referral = JSON.parse(sample.value);
    } catch (error) {
      result.replaceChildren(Object.assign(document.createElement('p'), { className: 'nhsuk-error-message', textContent: `The sample referral is not valid JSON: ${(error as Error).message}` }));
      return;
    }
    const draft = root.querySelector<HTMLInputElement>('input[name="bench-source"]:checked')?.value === 'draft';
    try {
      const decision = await send(`/api/rules/${q(name)}/evaluate?locality=${q(locality)}&draft=${draft}`,
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(referral) }) as Record<string, unknown>;
      renderDecision(result, decision);
    } catch (failure) {
      const { title, errors } = failure as { title: string; errors: RuleError[] };
      result.replaceChildren(Object.assign(document.createElement('p'), { className: 'nhsuk-error-message', textContent: [title, ...errors.map(describeRuleError)].join(' — ') }));
    }
  }
}

function renderDecision(target: HTMLElement, decision: Record<string, unknown>): void {
  const rows: Array<[string, string]> = [
    ['Rule that fired', String(decision.ruleName ?? '')],
    ['What it means', String(decision.description ?? '')],
    ['Rule set', `${decision.ruleSetName} v${decision.version} (${decision.appliedFrom})`],
    ['Outputs', JSON.stringify(decision.outputs ?? {}, null, 1)],
    ['Inputs it read', JSON.stringify(decision.inputs ?? {}, null, 1)]
  ];
  const dl = document.createElement('dl');
  dl.className = 'nhsuk-summary-list';
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
