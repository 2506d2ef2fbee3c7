// Every call the browser modules make to the Pathway host goes through here: same-origin
// cookies, JSON, and RFC 9457 problem details turned into one error type the UI can show.

export interface Role { id: string; name: string; discipline: string }
export interface RuleSetSummary { key: string; locality: string; version: string | number; status: string }
export interface PathwaySummary { id: string; key: string; locality: string; version: string | number; status: string }

/** One finding from the server's BPMN reader; `elementId` lets the designer mark the shape. */
export interface ElementError { code?: string; elementId?: string; line?: number; message: string; fix?: string }

/** What a draft save answers: the stored version and what still stops it being published. */
export interface DraftSaved { version?: number; problems: ElementError[] }

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: ElementError[],
    /** The stable PWxxxx code of the refusal, shown with the message so a user can quote it. */
    readonly code?: string
  ) {
    super((code ? `${code} ` : '') + (detail ? `${title}: ${detail}` : title));
    this.name = 'ApiError';
  }
}

/**
 * Maps a failed response body to an ApiError. Accepts our `errors: [{code, elementId, line, message}]`
 * and ASP.NET's validation shape `errors: { field: [messages] }`; anything else keeps the status text.
 * The problem's `code` is kept and leads the message.
 */
export function toApiError(status: number, statusText: string, body: unknown): ApiError {
  if (!body || typeof body !== 'object') {
    const text = typeof body === 'string' && body.trim() !== '' ? body.trim().slice(0, 500) : undefined;
    return new ApiError(status, statusText || `HTTP ${status}`, text, []);
  }
  const problem = body as { title?: unknown; detail?: unknown; errors?: unknown; problems?: unknown; code?: unknown };
  const title = typeof problem.title === 'string' ? problem.title : statusText || `HTTP ${status}`;
  const detail = typeof problem.detail === 'string' ? problem.detail : undefined;
  const code = typeof problem.code === 'string' ? problem.code : undefined;
  return new ApiError(status, title, detail, toElementErrors(Array.isArray(problem.problems) ? problem.problems : problem.errors), code);
}

/** Reads both shapes the server uses: the reader's `{code, elementId, line, message}` and a draft's `{code, element, line, message, fix}`. */
export function toElementErrors(errors: unknown): ElementError[] {
  if (Array.isArray(errors)) {
    return errors.filter(e => e && typeof e === 'object').map(e => {
      const error = e as Record<string, unknown>;
      const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
      const found: ElementError = {
        code: text(error.code),
        elementId: text(error.elementId) ?? text(error.element),
        line: typeof error.line === 'number' ? error.line : undefined,
        message: typeof error.message === 'string' ? error.message : String(error.message ?? 'Unknown error')
      };
      if (text(error.fix)) found.fix = text(error.fix);
      return found;
    });
  }
  if (errors && typeof errors === 'object') {
    return Object.entries(errors as Record<string, unknown>).flatMap(([field, messages]) =>
      (Array.isArray(messages) ? messages : [messages]).map(m => ({ message: field ? `${field}: ${String(m)}` : String(m) })));
  }
  return [];
}

/** A problem raised by fetch itself (offline, DNS, CORS) rather than by the server. */
function networkError(error: unknown): ApiError {
  return new ApiError(0, 'Could not reach the server', error instanceof Error ? error.message : undefined, []);
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (error) {
    throw networkError(error);
  }
  if (!response.ok) {
    const type = response.headers.get('content-type') ?? '';
    const body = type.includes('json') ? await response.json().catch(() => undefined) : await response.text().catch(() => undefined);
    throw toApiError(response.status, response.statusText, body);
  }
  return response;
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await request(path, { headers: { Accept: 'application/json' } });
  return (await response.json()) as T;
}

export async function getText(path: string): Promise<string> {
  const response = await request(path, { headers: { Accept: 'application/xml, text/xml, text/plain' } });
  return response.text();
}

/** Posts JSON (or nothing) and reads the JSON answer. */
export async function postJson<T>(path: string, body?: unknown): Promise<T> {
  const response = await request(path, {
    method: 'POST',
    headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  return (await response.json()) as T;
}

const q = encodeURIComponent;

export const api = {
  roles: () => getJson<Role[]>('/api/roles'),
  ruleSets: () => getJson<RuleSetSummary[]>('/api/rules'),
  pathways: () => getJson<PathwaySummary[]>('/api/pathways'),
  localities: () => getJson<Array<{ code: string; name: string }>>('/api/localities'),
  pathwayXml: (id: string) => getText(`/api/pathways/${q(id)}/xml`),
  /** Saves even an unfinished draft; the answer lists what must be fixed before publishing. */
  saveDraft: async (key: string, locality: string, xml: string): Promise<DraftSaved> => {
    const response = await request(`/api/pathways/${q(key)}/draft?locality=${q(locality)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/xml', Accept: 'application/json' },
      body: xml
    });
    const body = await response.json().catch(() => ({})) as { version?: unknown; problems?: unknown };
    return { version: typeof body.version === 'number' ? body.version : undefined, problems: toElementErrors(body.problems) };
  }
};

/** A line a person can read, for a status banner. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
