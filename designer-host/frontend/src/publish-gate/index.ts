// The publish gate's answer in the browser: publishing runs the policy specs on the server
// first. A refusal (422 PW5020) lists each failing scenario with the step and what was
// expected; the designer may then publish anyway only by writing a reason, which the Policy
// page shows beside the scenario. A lost race (409) says which version is now published.

export interface GateFailure { locality: string; spec: string; feature: string; scenario: string; step?: string; message: string }

export type PublishOutcome =
  | { kind: 'published'; version: number }
  | { kind: 'refused'; failures: GateFailure[] }
  | { kind: 'conflict'; detail: string }
  | { kind: 'invalid'; detail: string };

/** Asks for the reason to publish although policy fails; empty or cancelled means do not publish. */
export type ReasonPrompt = (failures: GateFailure[]) => string | null;

async function post(url: string, reason?: string, impactReportId?: number): Promise<Response> {
  const body = { ...(reason ? { overrideReason: reason } : {}), ...(impactReportId !== undefined ? { impactReportId } : {}) };
  const json = Object.keys(body).length > 0;
  return fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: json ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
    body: json ? JSON.stringify(body) : undefined
  });
}

async function outcomeOf(response: Response): Promise<PublishOutcome> {
  const body = await response.json().catch(() => ({})) as Record<string, unknown>;
  if (response.ok) return { kind: 'published', version: Number(body.version) };
  if (response.status === 422 && body.code === 'PW5020') return { kind: 'refused', failures: (body.failures as GateFailure[]) ?? [] };
  const detail = String(body.detail ?? body.title ?? `${response.status} ${response.statusText}`);
  return response.status === 409 ? { kind: 'conflict', detail } : { kind: 'invalid', detail };
}

/**
 * Publishes through the gate; on a policy refusal, asks for a reason and publishes with it if one is given.
 * The impact report the page showed for the draft goes with it, so the published version records it.
 */
export async function publishThroughGate(url: string, askReason: ReasonPrompt, impactReportId?: number): Promise<PublishOutcome> {
  const first = await outcomeOf(await post(url, undefined, impactReportId));
  if (first.kind !== 'refused') return first;
  const reason = askReason(first.failures)?.trim();
  if (!reason) return first;
  return outcomeOf(await post(url, reason, impactReportId));
}

/** The failures as a list a designer reads: where, which scenario, the step, and expected against actual. */
export function renderFailures(target: HTMLElement, failures: GateFailure[]): void {
  const heading = Object.assign(document.createElement('p'), {
    className: 'nhsuk-error-message',
    textContent: `Publishing would break policy: ${failures.length} ${failures.length === 1 ? 'scenario fails' : 'scenarios fail'}.`
  });
  const list = document.createElement('ul');
  list.dataset.publishGateFailures = '';
  for (const f of failures) {
    const item = document.createElement('li');
    item.textContent = `${f.spec} (${f.locality}) — ${f.feature}: ${f.scenario}. ${f.step ? `Step "${f.step}": ` : ''}${f.message}`;
    list.append(item);
  }
  target.replaceChildren(heading, list);
  target.hidden = false;
}

/** The browser's own prompt, naming how many scenarios fail. */
export const promptForReason: ReasonPrompt = failures =>
  window.prompt(`${failures.length} policy ${failures.length === 1 ? 'scenario fails' : 'scenarios fail'} (listed on the page). To publish anyway, write the reason commissioners will see on the Policy page:`);
