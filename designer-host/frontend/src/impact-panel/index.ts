// Entry "impact-panel": beside the publish button on the rules and designer pages (and alone on a
// report's own page). Shows the last replay of the draft as it reads now, starts a replay over
// past referrals, shows its progress with a cancel button, then the report. The server decides
// what each role sees: example cases only for those who may open people's records.
// Mounts on [data-impact-panel data-kind data-key data-locality] or [data-impact-panel data-report-id].
import './impact-panel.css';

import { ended, percentDone, progressText, type ImpactRun, type StoredReport } from './model';
import { renderReport } from './report-view';
import { DRAFT_SAVED } from './shown';

const q = encodeURIComponent;
const POLL_MS = 400;

async function json<T>(url: string, init?: RequestInit): Promise<T | undefined> {
  const response = await fetch(url, { credentials: 'same-origin', ...init, headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...(init?.headers ?? {}) } });
  if (response.status === 204) return undefined;
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw Object.assign(new Error(problemText(body, response)), { body });
  return body as T;
}

function problemText(body: unknown, response: Response): string {
  const p = (body ?? {}) as { code?: string; title?: string; detail?: string; errors?: Array<{ message?: string }> };
  const errors = Array.isArray(p.errors) ? ` ${p.errors.map(e => e.message).filter(Boolean).join(' ')}` : '';
  return `${p.code ? `${p.code} ` : ''}${p.detail ?? p.title ?? `${response.status} ${response.statusText}`}${errors}`;
}

export function mountImpactPanel(root: HTMLElement): void {
  const { kind = 'RuleSet', key = '', locality = 'national', reportId } = root.dataset;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector(selector) as T;
  const start = $<HTMLButtonElement>('[data-impact-start]');
  const cancel = $<HTMLButtonElement>('[data-impact-cancel]');
  const days = $<HTMLInputElement>('[data-impact-days]');
  const bar = $<HTMLProgressElement>('[data-impact-progress]');
  const status = $<HTMLElement>('[data-impact-status]');
  const output = $<HTMLElement>('[data-impact-report]');
  let running: string | undefined;

  const show = (stored: StoredReport | undefined, note?: string) => {
    if (stored) {
      root.dataset.shownReport = String(stored.id);
      renderReport(output, stored, reportId !== undefined && reportId !== '');
    } else {
      delete root.dataset.shownReport;
      output.replaceChildren();
    }
    if (note !== undefined) status.textContent = note;
  };

  const loadLatest = async (note: (found: boolean) => string) => {
    try {
      const stored = reportId
        ? await json<StoredReport>(`/api/impact-reports/${q(reportId)}`)
        : await json<StoredReport>(`/api/impact-reports/draft?kind=${q(kind)}&key=${q(key)}&locality=${q(locality)}`);
      show(stored, note(stored !== undefined));
    } catch (error) {
      status.textContent = (error as Error).message;
    }
  };

  const setRunning = (run: ImpactRun | undefined) => {
    running = run && !ended(run) ? run.id : undefined;
    if (start) start.disabled = running !== undefined;
    if (cancel) cancel.hidden = running === undefined;
    if (bar) {
      bar.hidden = run === undefined || (ended(run) && run.status !== 'Finished');
      const value = run ? percentDone(run) : undefined;
      if (value === undefined) bar.removeAttribute('value');
      else bar.value = value;
    }
    if (run) status.textContent = progressText(run);
  };

  const poll = async (id: string) => {
    try {
      const run = await json<ImpactRun>(`/api/impact-runs/${q(id)}`);
      if (!run) return;
      setRunning(run);
      if (!ended(run)) {
        window.setTimeout(() => void poll(id), POLL_MS);
        return;
      }
      if (run.status === 'Finished' && run.report) show(run.report);
    } catch (error) {
      setRunning(undefined);
      status.textContent = (error as Error).message;
    }
  };

  start?.addEventListener('click', async () => {
    start.disabled = true;
    try {
      const run = await json<ImpactRun>('/api/impact-runs', {
        method: 'POST',
        body: JSON.stringify({ kind, key, locality, days: Number(days?.value || 90) })
      });
      if (!run) return;
      setRunning(run);
      void poll(run.id);
    } catch (error) {
      start.disabled = false;
      status.textContent = `Not replayed: ${(error as Error).message}`;
    }
  });

  cancel?.addEventListener('click', async () => {
    if (!running) return;
    cancel.disabled = true;
    try {
      await json<ImpactRun>(`/api/impact-runs/${q(running)}`, { method: 'DELETE' });
      status.textContent = 'Cancelling…';
    } catch (error) {
      status.textContent = (error as Error).message;
    } finally {
      cancel.disabled = false;
    }
  });

  document.addEventListener(DRAFT_SAVED, () => void loadLatest(found => found
    ? 'The last replay of this draft is shown.'
    : 'The draft changed since the last replay: replay it again to see what it would do.'));

  void loadLatest(found => found ? 'The last replay of this draft, as it reads now.' : reportId ? '' : 'This draft has not been replayed yet.');
}

document.querySelectorAll<HTMLElement>('[data-impact-panel]').forEach(mountImpactPanel);
