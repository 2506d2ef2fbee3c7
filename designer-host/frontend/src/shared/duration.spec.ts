import { describe, expect, it } from 'vitest';
import { durationInWords, parseDuration, toIso } from './duration';

describe('durations in words', () => {
  it.each([
    ['PT2H', '2 hours'], ['P7D', '1 week'], ['P2D', '2 days'], ['PT15M', '15 minutes'], ['PT90M', '90 minutes'],
    ['P1DT2H', '26 hours'], ['PT1H', '1 hour'], ['P1D', '1 day'], ['P14D', '2 weeks']
  ])('says %s as "%s"', (iso, words) => {
    expect(durationInWords(iso)).toBe(words);
  });

  it('leaves text that is not a duration alone', () => {
    expect(durationInWords('=responseWindow')).toBe('=responseWindow');
    expect(parseDuration('P')).toBeUndefined();
    expect(parseDuration('PT')).toBeUndefined();
  });

  it('writes what the picker holds as ISO 8601', () => {
    expect(toIso({ amount: 2, unit: 'hours' })).toBe('PT2H');
    expect(toIso({ amount: 7, unit: 'days' })).toBe('P7D');
    expect(toIso({ amount: 2, unit: 'weeks' })).toBe('P14D');
    expect(toIso({ amount: 15, unit: 'minutes' })).toBe('PT15M');
  });

  it('round-trips every picker value', () => {
    for (const unit of ['minutes', 'hours', 'days', 'weeks'] as const)
      for (const amount of [1, 2, 7, 30]) expect(parseDuration(toIso({ amount, unit }))).toBeDefined();
  });
});
