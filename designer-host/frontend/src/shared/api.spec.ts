import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, toApiError } from './api';

describe('toApiError', () => {
  it('keeps element errors from a problem-details body', () => {
    const error = toApiError(400, 'Bad Request', {
      title: 'Pathway is not executable',
      status: 400,
      errors: [{ code: 'PW1001', elementId: 'Escalate', line: 12, message: "timer 'Escalate' has no duration" }]
    });
    expect(error.message).toBe('Pathway is not executable');
    expect(error.errors).toEqual([{ code: 'PW1001', elementId: 'Escalate', line: 12, message: "timer 'Escalate' has no duration" }]);
  });

  it('keeps the problem code and shows it in the message', () => {
    const error = toApiError(404, 'Not Found', { title: 'There is no such case', detail: 'there is no case 42', status: 404, code: 'PW4041' });
    expect(error.code).toBe('PW4041');
    expect(error.message).toBe('PW4041 There is no such case: there is no case 42');
  });

  it('flattens ASP.NET validation errors into messages without an element', () => {
    const error = toApiError(400, 'Bad Request', { title: 'One or more validation errors occurred.', errors: { locality: ['Required'] } });
    expect(error.errors).toEqual([{ message: 'locality: Required' }]);
  });

  it('falls back to the status text for a body that is not JSON', () => {
    const error = toApiError(502, 'Bad Gateway', '<html>proxy error</html>');
    expect(error.title).toBe('Bad Gateway');
    expect(error.detail).toBe('<html>proxy error</html>');
    expect(error.errors).toEqual([]);
  });
});

describe('api', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the draft XML with same-origin credentials and throws problem details on 400', async () => {
    // given a server that rejects the draft
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ title: 'Invalid', errors: [{ elementId: 'T', message: 'no role' }] }),
      { status: 400, headers: { 'content-type': 'application/problem+json' } }));
    vi.stubGlobal('fetch', fetchMock);

    // when
    const result = api.saveDraft('chest-pain', 'North & East', '<xml/>');

    // then
    await expect(result).rejects.toBeInstanceOf(ApiError);
    await expect(result).rejects.toMatchObject({ status: 400, errors: [{ elementId: 'T', message: 'no role' }] });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/pathways/chest-pain/draft?locality=North%20%26%20East');
    expect(init).toMatchObject({ method: 'PUT', credentials: 'same-origin', body: '<xml/>' });
  });

  it('reads the problems of an unfinished draft the server kept', async () => {
    // given a server that stores the draft and lists what stops it being published
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({
      key: 'chest-pain', version: 3, hash: 'abc',
      problems: [{ code: 'PW1004', element: 'Assess', line: 7, message: 'Assess cannot be reached', fix: 'connect a flow into it' }]
    }), { status: 200, headers: { 'content-type': 'application/json' } })));

    // when
    const saved = await api.saveDraft('chest-pain', 'national', '<xml/>');

    // then
    expect(saved).toEqual({ version: 3, problems: [{ code: 'PW1004', elementId: 'Assess', line: 7, message: 'Assess cannot be reached', fix: 'connect a flow into it' }] });
  });

  it('reads a refused publish listing problems under problems', () => {
    const error = toApiError(422, 'Unprocessable', { title: 'Not executable', problems: [{ code: 'PW1007', element: 'T', line: null, message: 'no role', fix: 'set the role' }] });
    expect(error.errors).toEqual([{ code: 'PW1007', elementId: 'T', line: undefined, message: 'no role', fix: 'set the role' }]);
  });

  it('reports a network failure as an ApiError with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await expect(api.roles()).rejects.toMatchObject({ status: 0, title: 'Could not reach the server' });
  });
});
