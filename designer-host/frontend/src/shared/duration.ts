// ISO 8601 durations as people say them: PT2H is "2 hours", P7D is "7 days". The engine stores
// ISO text; every picker shows and takes a number and a unit.

export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks';

export interface DurationInWords { amount: number; unit: DurationUnit }

export const DURATION_UNITS: DurationUnit[] = ['minutes', 'hours', 'days', 'weeks'];

const PATTERN = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/** The largest whole unit that says it exactly (PT90M is 90 minutes; P14D is 2 weeks). */
export function parseDuration(iso: string): DurationInWords | undefined {
  const match = PATTERN.exec(iso.trim().toUpperCase());
  if (!match || iso.trim().toUpperCase() === 'P' || iso.trim().toUpperCase().endsWith('T')) return undefined;
  const [weeks, days, hours, minutes] = match.slice(1).map(v => Number(v ?? 0));
  // Days count as whole days only when no time part: P1DT2H is said in hours.
  const total = ((weeks * 7 + days) * 24 + hours) * 60 + minutes;
  if (total === 0) return { amount: 0, unit: 'minutes' };
  if (hours === 0 && minutes === 0) {
    const wholeDays = weeks * 7 + days;
    return wholeDays % 7 === 0 ? { amount: wholeDays / 7, unit: 'weeks' } : { amount: wholeDays, unit: 'days' };
  }
  return total % 60 === 0 ? { amount: total / 60, unit: 'hours' } : { amount: total, unit: 'minutes' };
}

export function toIso({ amount, unit }: DurationInWords): string {
  const n = Math.max(0, Math.round(amount));
  switch (unit) {
    case 'minutes': return `PT${n}M`;
    case 'hours': return `PT${n}H`;
    case 'days': return `P${n}D`;
    case 'weeks': return `P${n * 7}D`;
  }
}

/** "2 hours", "1 day", "15 minutes"; text that is not a duration is returned as it is. */
export function durationInWords(iso: string): string {
  const parsed = parseDuration(iso);
  if (!parsed) return iso;
  const unit = parsed.amount === 1 ? parsed.unit.slice(0, -1) : parsed.unit;
  return `${parsed.amount} ${unit}`;
}
