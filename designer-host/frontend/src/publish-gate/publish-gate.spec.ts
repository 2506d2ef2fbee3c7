import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishThroughGate, type GateFailure } from './index';

const failure: GateFailure = { locality: 'national', spec: 'two-hour-response', feature: 'Two-hour response', scenario: 'Alerted at 2 hours', step: 'Then the coordinator is alerted', message: 'expected an alert, but none' };

function respond(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

describe('publishThroughGate', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('publishes with the written reason after a policy refusal', async () => {
    // given a server that refuses once, then accepts with a reason
    const fetch = vi.fn()
      .mockResolvedValueOnce(respond(422, { code: 'PW5020', failures: [failure] }))
      .mockResolvedValueOnce(respond(200, { version: 2 }));
    vi.stubGlobal('fetch', fetch);

    // when the designer writes a reason
    const outcome = await publishThroughGate('/api/rules/x/publish', () => 'agreed by commissioners');

    // then the second call carries it and the version is reported
    expect(outcome).toEqual({ kind: 'published', version: 2 });
    expect(JSON.parse(fetch.mock.calls[1][1].body)).toEqual({ overrideReason: 'agreed by commissioners' });
  });

  it('does not publish when no reason is written', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(respond(422, { code: 'PW5020', failures: [failure] }));
    vi.stubGlobal('fetch', fetch);

    const outcome = await publishThroughGate('/api/rules/x/publish', () => '  ');

    expect(outcome).toEqual({ kind: 'refused', failures: [failure] });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reports a lost race as a conflict', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValueOnce(respond(409, { detail: 'published is now version 3' })));

    expect(await publishThroughGate('/api/rules/x/publish', () => null)).toEqual({ kind: 'conflict', detail: 'published is now version 3' });
  });

  it('carries the impact report the page showed, with the reason when one is written', async () => {
    const fetch = vi.fn()
      .mockResolvedValueOnce(respond(422, { code: 'PW5020', failures: [failure] }))
      .mockResolvedValueOnce(respond(200, { version: 4 }));
    vi.stubGlobal('fetch', fetch);

    await publishThroughGate('/api/rules/x/publish', () => 'agreed', 17);

    expect(JSON.parse(fetch.mock.calls[0][1].body)).toEqual({ impactReportId: 17 });
    expect(JSON.parse(fetch.mock.calls[1][1].body)).toEqual({ overrideReason: 'agreed', impactReportId: 17 });
  });
});
