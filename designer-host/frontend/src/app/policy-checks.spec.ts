// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { stillChecking } from './policy-checks';

describe('a locality being checked on the Policy page', () => {
  it('is still checking while any locality shows the checking state', () => {
    expect(stillChecking('<main><p data-policy-checking="east-mere">Checking policy…</p></main>')).toBe(true);
  });

  it('is done once the page shows results instead', () => {
    expect(stillChecking('<main><p data-policy-follows-national="east-mere">86 passed, 0 failed</p></main>')).toBe(false);
  });
});
