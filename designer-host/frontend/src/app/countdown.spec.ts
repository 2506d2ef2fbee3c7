import { describe as suite, expect, it } from 'vitest';
import { describe } from './countdown';

suite('countdown', () => {
  it('says the minutes left before a deadline', () => {
    expect(describe(12.6)).toBe('12 min left');
  });

  it('says hours and minutes from an hour on', () => {
    expect(describe(75)).toBe('1 h 15 min left');
  });

  it('says overdue once the deadline has passed', () => {
    expect(describe(-3.2)).toBe('Overdue by 3 min');
  });

  it('says days and hours from a day on', () => {
    expect(describe(60 * 24 * 2 + 90)).toBe('2 d 1 h left');
  });
});
