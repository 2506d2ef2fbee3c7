import { describeError, getJson, postJson } from '../shared/api';
import {
  describeCounts, describeDryRun, describeRun, dryRunTable, nextStep,
  type MigrationDryRun, type MigrationRun, type OpenCaseCounts
} from './OpenCases';

// Wires the designer page's "Open cases" section: counts on load, a dry run against the draft,
// and the move to the published version after the designer confirms.

const section = document.querySelector<HTMLElement>('[data-open-cases]');
if (section) {
  const key = section.dataset.key ?? '';
  const locality = section.dataset.locality ?? 'national';
  const base = `/api/pathways/${encodeURIComponent(key)}`;
  const where = `locality=${encodeURIComponent(locality)}`;
  const counts = section.querySelector<HTMLElement>('[data-open-cases-counts]')!;
  const result = section.querySelector<HTMLElement>('[data-open-cases-result]')!;
  const status = section.querySelector<HTMLElement>('[data-open-cases-status]')!;
  const dryRunButton = section.querySelector<HTMLButtonElement>('[data-open-cases-dry-run]')!;
  const migrateButton = section.querySelector<HTMLButtonElement>('[data-open-cases-migrate]')!;

  const show = (text: string, error = false) => {
    status.textContent = text;
    status.className = error ? 'nhsuk-error-message' : 'nhsuk-body-s';
  };
  const refresh = async () => {
    try {
      counts.textContent = describeCounts(await getJson<OpenCaseCounts>(`${base}/open-cases?${where}`));
    } catch (error) {
      show(describeError(error), true);
    }
  };

  const dryRun = async () => {
    show('Checking each running case…');
    try {
      const answer = await postJson<MigrationDryRun>(`${base}/migrations/dry-run?${where}`);
      const next = nextStep(answer);
      show(`${describeDryRun(answer)} ${next.canMigrate ? '' : next.label}`.trim());
      result.replaceChildren(dryRunTable(answer));
      migrateButton.hidden = !next.canMigrate;
      migrateButton.textContent = next.label;
    } catch (error) {
      show(describeError(error), true);
    }
  };
  dryRunButton.addEventListener('click', () => void dryRun());

  migrateButton.addEventListener('click', async () => {
    if (!window.confirm(`${migrateButton.textContent}? Each case moves where it stands, journalled; cases that cannot move stay on their version.`)) return;
    migrateButton.disabled = true;
    try {
      const run = await postJson<MigrationRun>(`${base}/migrations?${where}`);
      await Promise.all([refresh(), dryRun()]);
      show(describeRun(run));
    } catch (error) {
      show(describeError(error), true);
    } finally {
      migrateButton.disabled = false;
    }
  });

  void refresh();
}
