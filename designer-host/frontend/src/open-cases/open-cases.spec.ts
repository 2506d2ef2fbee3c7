import { describe, expect, it } from 'vitest';
import { describeCounts, describeDryRun, nextStep, type MigrationDryRun } from './OpenCases';

describe('open cases', () => {
  it('says how many cases run on which version', () => {
    const text = describeCounts({
      key: 'admission-avoidance', locality: 'north-shire', cases: 3,
      versions: [{ version: 1, locality: 'national', status: 'Superseded', cases: 2 }, { version: 2, locality: 'national', status: 'Published', cases: 1 }]
    });

    expect(text).toBe('3 cases are still running: 2 on version 1 (national, superseded), 1 on version 2 (national, published). Each stays on its version unless moved.');
  });

  it('sums a dry run up in words', () => {
    const dryRun: MigrationDryRun = {
      key: 'admission-avoidance', target: { version: 3, locality: 'national', status: 'Draft' },
      cases: [], canMove: 1, cannotMove: 2, alreadyThere: 0, reasons: []
    };

    expect(describeDryRun(dryRun)).toBe('Moving to version 3 (national, draft): 1 case can move where it stands, 2 cannot, 0 already run on it.');
    expect(nextStep(dryRun).canMigrate).toBe(false);
  });

  it('offers the move only to a published version with cases that can move', () => {
    const dryRun: MigrationDryRun = {
      key: 'admission-avoidance', target: { version: 3, locality: 'national', status: 'Published' },
      cases: [], canMove: 2, cannotMove: 0, alreadyThere: 1, reasons: []
    };

    expect(nextStep(dryRun)).toEqual({ canMigrate: true, label: 'Move 2 cases to version 3' });
    expect(nextStep({ ...dryRun, canMove: 0 }).canMigrate).toBe(false);
  });
});
